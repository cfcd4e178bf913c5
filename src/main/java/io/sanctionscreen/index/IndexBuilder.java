package io.sanctionscreen.index;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.matching.CorpusTokenWeights;
import io.sanctionscreen.matching.Countries;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.matching.PreparedName;
import io.sanctionscreen.matching.TokenFeatures;
import io.sanctionscreen.matching.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;

/**
 * Builds an index generation from list entries: one Lucene document per name, every field filled
 * from the one normalized form, plus the corpus token statistics the scorer weighs tokens with.
 * Plain Java: the service and the benchmarks build generations the same way.
 */
public final class IndexBuilder {

  /** Name of the doc-values field that points a document at its row in the generation. */
  static final String ROW = "row";

  private final NameNormalizer normalizer;
  private final Path workDirectory;

  /**
   * @param normalizer the normalizer of index and query
   * @param workDirectory where generations are written (memory-mapped for speed), one sub-directory
   *     each, deleted when the generation closes; null keeps them on the heap
   */
  public IndexBuilder(NameNormalizer normalizer, Path workDirectory) {
    this.normalizer = normalizer;
    this.workDirectory = workDirectory;
  }

  /** Builds a generation holding the given entries, built from the given list versions. */
  public IndexGeneration build(
      Collection<IndexEntry> entries, List<IndexGeneration.SourceVersion> versions) {
    long start = System.nanoTime();
    Path path = null;
    try {
      Directory dir;
      if (workDirectory == null) {
        dir = new ByteBuffersDirectory();
      } else {
        if (!Files.isDirectory(workDirectory)
            && workDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")) {
          // The service's user only: generations hold every listed name.
          Files.createDirectories(
              workDirectory,
              java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                  java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        }
        Files.createDirectories(workDirectory);
        path = Files.createTempDirectory(workDirectory, "generation-");
        dir = new MMapDirectory(path);
      }
      List<IndexGeneration.NameRow> rows = new ArrayList<>();
      Map<String, Integer> df = new HashMap<>();
      // Place words: the countries the lists name (their own address and nationality fields) and
      // the names of every country.
      Set<String> places = new HashSet<>(Countries.nameTokens(normalizer::fold));
      Map<String, Integer> peopleDf = new HashMap<>();
      Map<String, Integer> otherDf = new HashMap<>();
      Map<String, String> tokenPool = new HashMap<>();
      Map<String, IndexEntry> byId = new LinkedHashMap<>();
      IndexWriterConfig cfg = new IndexWriterConfig(IndexFields.analyzer());
      cfg.setRAMBufferSizeMB(64);
      cfg.setUseCompoundFile(false);
      try (IndexWriter writer = new IndexWriter(dir, cfg)) {
        Set<String> seen = new HashSet<>();
        for (IndexEntry e : entries) {
          if (byId.putIfAbsent(e.entityId(), e) != null) {
            throw new IllegalArgumentException("entity " + e.entityId() + " given twice");
          }
          seen.clear();
          for (String country : e.countries()) {
            for (String t : normalizer.normalize(country).tokens()) {
              if (t.length() > 3) {
                places.add(t);
              }
            }
          }
          for (int ord = 0; ord < e.names().size(); ord++) {
            NormalizedName n = normalize(e.type(), e.names().get(ord).name());
            if (n.isEmpty() || !seen.add(n.text())) {
              // Nothing comparable, or the same normalized form as a name already indexed.
              continue;
            }
            n = intern(n, tokenPool);
            for (String t : new HashSet<>(n.tokens())) {
              df.merge(t, 1, Integer::sum);
              (e.type() == EntryType.PERSON ? peopleDf : otherDf).merge(t, 1, Integer::sum);
            }
            int row = rows.size();
            rows.add(new IndexGeneration.NameRow(e.entityId(), ord, n, null, null));
            writer.addDocument(document(n, row));
          }
        }
        writer.commit();
      }
      // Words of listed people's names, at least half as often as in other parties' names.
      Set<String> commonNames = new HashSet<>();
      peopleDf.forEach(
          (t, n) -> {
            if (n >= CorpusTokenWeights.COMMON_NAME_MIN_PEOPLE
                && 2 * n >= otherDf.getOrDefault(t, 0)
                && t.length() > 1) {
              commonNames.add(t);
            }
          });
      Weighed weighed = weigh(rows, df, places, commonNames, new HashMap<>());
      DirectoryReader reader = DirectoryReader.open(dir);
      long millis = (System.nanoTime() - start) / 1_000_000;
      return new IndexGeneration(
          dir,
          path,
          reader,
          weighed.rows(),
          byId,
          weighed.weights(),
          versions,
          Instant.now(),
          millis);
    } catch (IOException e) {
      IndexGeneration.deleteQuietly(path);
      throw new UncheckedIOException("building the name index failed", e);
    }
  }

  /** Name rows with their token weights, and the weights they were computed with. */
  record Weighed(IndexGeneration.NameRow[] rows, CorpusTokenWeights weights) {}

  /**
   * Weighs the rows and prepares each for the scorer, with the token features given or, for tokens
   * not among them, worked out now. (A stored generation is weighed by {@link GenerationFiles}.)
   */
  private static Weighed weigh(
      List<IndexGeneration.NameRow> rows,
      Map<String, Integer> df,
      Set<String> places,
      Set<String> commonNames,
      Map<String, TokenFeatures> features) {
    CorpusTokenWeights weights = new CorpusTokenWeights(df, rows.size(), places, commonNames);
    Map<String, Double> weightCache = new HashMap<>();
    IndexGeneration.NameRow[] out = new IndexGeneration.NameRow[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      IndexGeneration.NameRow row = rows.get(r);
      List<String> tokens = row.normalized().tokens();
      double[] w = new double[tokens.size()];
      TokenFeatures[] f = new TokenFeatures[tokens.size()];
      for (int k = 0; k < w.length; k++) {
        w[k] = weightCache.computeIfAbsent(tokens.get(k), weights::weight);
        f[k] = features.computeIfAbsent(tokens.get(k), TokenFeatures::withCodes);
      }
      out[r] =
          new IndexGeneration.NameRow(
              row.entityId(),
              row.ordinal(),
              row.normalized(),
              w,
              PreparedName.of(row.normalized(), w, f));
    }
    return new Weighed(out, weights);
  }

  /**
   * Normalizes a listed name in natural order: a person listed "LAST, First Middle" becomes "first
   * middle last", so the scorer can tell a missing middle name from a missing first or last one.
   */
  private NormalizedName normalize(EntryType type, String name) {
    int comma = name.indexOf(',');
    if (type == EntryType.PERSON && comma > 0 && comma == name.lastIndexOf(',')) {
      NormalizedName last = normalizer.normalize(name.substring(0, comma));
      NormalizedName first = normalizer.normalize(name.substring(comma + 1));
      List<String> tokens = new ArrayList<>(first.tokens());
      tokens.addAll(last.tokens());
      return new NormalizedName(name, tokens);
    }
    return normalizer.normalize(name);
  }

  private static NormalizedName intern(NormalizedName n, Map<String, String> pool) {
    List<String> tokens = new ArrayList<>(n.tokens().size());
    for (String t : n.tokens()) {
      tokens.add(pool.computeIfAbsent(t, k -> k));
    }
    return new NormalizedName(n.original(), tokens);
  }

  private static Document document(NormalizedName n, int row) {
    String text = n.text();
    Document doc = new Document();
    doc.add(new NumericDocValuesField(ROW, row));
    doc.add(new TextField(IndexFields.TOKENS, text, Field.Store.NO));
    doc.add(new TextField(IndexFields.GRAMS, text, Field.Store.NO));
    doc.add(new TextField(IndexFields.DELETIONS, text, Field.Store.NO));
    doc.add(new TextField(IndexFields.PHONETIC, text, Field.Store.NO));
    List<String> tokens = n.tokens();
    StringBuilder variants = new StringBuilder();
    for (String t : tokens) {
      String v = Vocabulary.nameVariant(t);
      if (v != null) {
        variants.append(v).append(' ');
      }
      String key = IndexFields.romanizationTerm(t);
      if (key != null) {
        variants.append(key).append(' ');
      }
    }
    if (variants.length() > 0) {
      doc.add(new TextField(IndexFields.VARIANTS, variants.toString(), Field.Store.NO));
    }
    if (tokens.size() > 1) {
      StringBuilder pairs = new StringBuilder();
      for (int i = 0; i + 1 < tokens.size(); i++) {
        pairs.append(tokens.get(i)).append(tokens.get(i + 1)).append(' ');
      }
      doc.add(new TextField(IndexFields.PAIRS, pairs.toString(), Field.Store.NO));
    }
    return doc;
  }
}
