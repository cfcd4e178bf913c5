package io.sanctionscreen.bench;

import io.sanctionscreen.evaluation.LabelledQuery;
import io.sanctionscreen.evaluation.LabelledQueryReader;
import io.sanctionscreen.index.IndexBuilder;
import io.sanctionscreen.index.IndexEntries;
import io.sanctionscreen.index.IndexEntry;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.lists.BundledList;
import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.lists.model.ParsedList;
import io.sanctionscreen.matching.NameNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The data the benchmarks work on: the bundled lists, a fixed sample of labelled queries, and where
 * index generations are written.
 */
final class BenchmarkData {

  /** System property naming the bundled lists to index, comma-separated. */
  static final String LISTS_PROPERTY = "bench.lists";

  /** The lists indexed unless {@link #LISTS_PROPERTY} names others. */
  static final String DEFAULT_LISTS = "us-ofac-sdn,us-ofac-cons,un-sc,gb-ofsi,us-csl";

  /** System property naming the directory generations are written to (default: the temp dir). */
  static final String WORK_DIRECTORY_PROPERTY = "bench.workdir";

  /**
   * 300 queries of the development set, every treatment represented (see the README, Benchmarks).
   */
  static final String QUERIES_RESOURCE = "/io/sanctionscreen/bench/queries.csv";

  /** The review threshold a screening runs at. */
  static final double THRESHOLD = 0.82;

  /** The hits a screening returns at most (the service's default). */
  static final int LIMIT = 10;

  private BenchmarkData() {}

  /** The entries of the bundled lists and the versions they came from. */
  record Lists(List<IndexEntry> entries, List<IndexGeneration.SourceVersion> versions) {

    /**
     * Number of name documents the builder will make of these entries: an entry's names that
     * normalize alike, or to nothing, count once or not at all.
     */
    int indexedNameCount(NameNormalizer normalizer) {
      int count = 0;
      Set<String> seen = new HashSet<>();
      for (IndexEntry e : entries) {
        seen.clear();
        for (IndexEntry.Name n : e.names()) {
          String name = n.name();
          int comma = name.indexOf(',');
          String text;
          if (e.type() == EntryType.PERSON && comma > 0 && comma == name.lastIndexOf(',')) {
            // The builder writes "LAST, First" persons in natural order.
            text =
                normalizer.normalize(name.substring(comma + 1)).text()
                    + " "
                    + normalizer.normalize(name.substring(0, comma)).text();
          } else {
            text = normalizer.normalize(name).text();
          }
          if (!text.isBlank() && seen.add(text.trim())) {
            count++;
          }
        }
      }
      return count;
    }
  }

  /** Loads and parses the bundled lists named by {@link #LISTS_PROPERTY}. */
  static Lists bundledLists() {
    List<IndexEntry> entries = new ArrayList<>();
    List<IndexGeneration.SourceVersion> versions = new ArrayList<>();
    for (String id : System.getProperty(LISTS_PROPERTY, DEFAULT_LISTS).split(",")) {
      String source = id.trim();
      if (source.isEmpty()) {
        continue;
      }
      ParsedList parsed = BundledList.load(source).parse();
      entries.addAll(IndexEntries.of(parsed));
      versions.add(
          new IndexGeneration.SourceVersion(source, 0, parsed.listDate(), parsed.entries().size()));
    }
    return new Lists(entries, versions);
  }

  /** The committed query sample. */
  static List<LabelledQuery> queries() {
    try (InputStream in = BenchmarkData.class.getResourceAsStream(QUERIES_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(QUERIES_RESOURCE + " is not on the class path");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return LabelledQueryReader.read(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds a generation the way the service does: memory-mapped files in a work directory, which
   * {@link io.sanctionscreen.index.BenchmarkAccess#close} deletes.
   */
  static IndexGeneration build(
      NameNormalizer normalizer,
      List<IndexEntry> entries,
      List<IndexGeneration.SourceVersion> versions) {
    return new IndexBuilder(normalizer, workDirectory()).build(entries, versions);
  }

  /** Where generations are written. */
  static Path workDirectory() {
    String base = System.getProperty(WORK_DIRECTORY_PROPERTY, System.getProperty("java.io.tmpdir"));
    return Path.of(base, "screening-bench");
  }

  /** Bytes of the files under a directory; 0 if it does not exist. */
  static long diskBytes(Path dir) {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(BenchmarkData::size).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Heap in use after a full collection: what live objects hold, in bytes. */
  static long heapUsedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
