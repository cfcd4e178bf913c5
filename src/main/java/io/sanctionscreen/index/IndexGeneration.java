package io.sanctionscreen.index;

import io.sanctionscreen.matching.CorpusTokenWeights;
import io.sanctionscreen.matching.Identifiers;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.matching.PreparedName;
import io.sanctionscreen.matching.TokenFeatures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * One complete, immutable build of the name index from a set of list versions. Searches hold a
 * reference while they run, so a newer generation can be swapped in without pausing them; the last
 * release closes it.
 */
public final class IndexGeneration {

  /** A list version the generation was built from. */
  public record SourceVersion(String source, long versionId, LocalDate listDate, int entryCount) {}

  private final Directory directory;
  private final Path path;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Map<String, IndexEntry> entries;
  private final CorpusTokenWeights weights;
  private final List<SourceVersion> versions;
  private final Instant builtAt;
  private final long buildMillis;
  private final NameRow[] rows;
  private final Map<String, int[]> rowsByEntity;
  private final int[] rowOfDoc;
  private final Map<String, List<IdentifierRef>> identifiers;

  /** A listed identifier: the entity holding it and the list's label for it. */
  record IdentifierRef(String entityId, String type, String value) {}

  /**
   * One indexed name: the entity it belongs to, its position there, its normalized tokens and their
   * corpus weights, and the name prepared for the scorer (null until weighed).
   */
  record NameRow(
      String entityId,
      int ordinal,
      NormalizedName normalized,
      double[] weights,
      PreparedName prepared) {}

  /** The features of each distinct listed token, shared by the rows and looked up by queries. */
  private final Map<String, TokenFeatures> tokens;

  IndexGeneration(
      Directory directory,
      Path path,
      DirectoryReader reader,
      NameRow[] rows,
      Map<String, IndexEntry> entries,
      CorpusTokenWeights weights,
      List<SourceVersion> versions,
      Instant builtAt,
      long buildMillis) {
    this.directory = directory;
    this.path = path;
    this.reader = reader;
    this.rows = rows;
    this.rowOfDoc = rowsOfDocs(reader);
    this.rowsByEntity = rowsByEntity(rows);
    this.tokens = new HashMap<>();
    for (NameRow row : rows) {
      for (int k = 0; k < row.prepared().size(); k++) {
        TokenFeatures f = row.prepared().feature(k);
        tokens.putIfAbsent(f.text(), f);
      }
    }
    this.identifiers = new HashMap<>();
    for (IndexEntry e : entries.values()) {
      for (IndexEntry.Identifier i : e.identifiers()) {
        String key = Identifiers.normalize(i.value());
        if (Identifiers.distinctive(key)) {
          identifiers
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(new IdentifierRef(e.entityId(), i.type(), i.value()));
        }
      }
    }
    this.searcher = new IndexSearcher(reader);
    this.searcher.setQueryCache(null);
    // A HashMap: the immutable Map.copyOf probes slowly at this size, on the search hot path.
    this.entries = Collections.unmodifiableMap(new HashMap<>(entries));
    this.weights = weights;
    this.versions = List.copyOf(versions);
    this.builtAt = builtAt;
    this.buildMillis = buildMillis;
  }

  /**
   * The same generation serving under other version ids (the bundled lists' generation once their
   * import gave them ids): shares the files, and holds a reference of its own, so whichever of the
   * two is released last closes them.
   */
  IndexGeneration withVersions(List<SourceVersion> newVersions) {
    if (!reader.tryIncRef()) {
      throw new IllegalStateException("the generation is closed");
    }
    return new IndexGeneration(
        directory, path, reader, rows, entries, weights, newVersions, builtAt, buildMillis);
  }

  /** Where the generation's files are; null if it is held in memory. */
  Path path() {
    return path;
  }

  Directory directory() {
    return directory;
  }

  /** The entries by id. */
  Map<String, IndexEntry> entries() {
    return entries;
  }

  /**
   * A token's features: the listed token's, worked out when the generation was built, or for a word
   * no listed name has, worked out now.
   */
  TokenFeatures features(String token) {
    TokenFeatures f = tokens.get(token);
    return f != null ? f : TokenFeatures.of(token);
  }

  /** The features of every distinct listed token. */
  Map<String, TokenFeatures> tokenFeatures() {
    return tokens;
  }

  /** A query prepared for the scorer, with this generation's weights and token features. */
  PreparedName prepare(NormalizedName name, double[] weights) {
    TokenFeatures[] f = new TokenFeatures[name.tokens().size()];
    for (int i = 0; i < f.length; i++) {
      f[i] = features(name.tokens().get(i));
    }
    return PreparedName.of(name, weights, f);
  }

  /** Number of name rows. */
  int rowCount() {
    return rows.length;
  }

  /** Each entity's rows; an entity's names are built one after the other, so runs are read. */
  private static Map<String, int[]> rowsByEntity(NameRow[] rows) {
    Map<String, int[]> out = new HashMap<>(rows.length);
    int r = 0;
    while (r < rows.length) {
      String id = rows[r].entityId();
      int end = r + 1;
      while (end < rows.length && rows[end].entityId().equals(id)) {
        end++;
      }
      int[] run = new int[end - r];
      for (int k = 0; k < run.length; k++) {
        run[k] = r + k;
      }
      int[] before = out.get(id);
      if (before != null) {
        int[] merged = Arrays.copyOf(before, before.length + run.length);
        System.arraycopy(run, 0, merged, before.length, run.length);
        run = merged;
      }
      out.put(id, run);
      r = end;
    }
    return out;
  }

  /** Takes a reference for a search; false if the generation is already closed. */
  boolean tryAcquire() {
    return reader.tryIncRef();
  }

  /** Gives back a reference; the last one closes the generation. */
  void release() {
    try {
      reader.decRef();
      if (reader.getRefCount() == 0) {
        directory.close();
        deleteQuietly(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("closing an index generation failed", e);
    }
  }

  NameRow row(int row) {
    return rows[row];
  }

  /** The row of a document of this generation's reader. */
  int rowOfDoc(int doc) {
    return rowOfDoc[doc];
  }

  /** Reads every document's row once, so a search does not open doc values per candidate. */
  private static int[] rowsOfDocs(DirectoryReader reader) {
    int[] out = new int[reader.maxDoc()];
    Arrays.fill(out, -1);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues values = leaf.reader().getNumericDocValues(IndexBuilder.ROW);
        if (values == null) {
          continue;
        }
        for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
          out[leaf.docBase + d] = (int) values.longValue();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the name rows of an index generation failed", e);
    }
    return out;
  }

  /** The rows of an entity's indexed names. */
  int[] rowsOf(String entityId) {
    return rowsByEntity.getOrDefault(entityId, new int[0]);
  }

  /** The listed identifiers equal to a normalized value. */
  List<IdentifierRef> identifier(String normalizedValue) {
    return identifiers.getOrDefault(normalizedValue, List.of());
  }

  /** Deletes a generation's files; a generation left behind by a crash is deleted at start-up. */
  static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: a leftover directory costs disk space, never correctness.
    }
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The entry with this id, or null. */
  public IndexEntry entry(String entityId) {
    return entries.get(entityId);
  }

  /** The token weights computed over this generation's names. */
  public CorpusTokenWeights weights() {
    return weights;
  }

  /** The list versions this generation holds, one per source. */
  public List<SourceVersion> versions() {
    return versions;
  }

  /** When the build finished. */
  public Instant builtAt() {
    return builtAt;
  }

  /** How long the build took. */
  public long buildMillis() {
    return buildMillis;
  }

  /** Number of entries. */
  public int entryCount() {
    return entries.size();
  }

  /** Number of name documents. */
  public int nameCount() {
    return reader.numDocs();
  }
}
