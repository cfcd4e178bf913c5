package io.sanctionscreen.bench;

import io.sanctionscreen.index.IndexEntry;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.web.SuppressForbidden;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening against an index of one million names: the bundled lists plus generated entries ({@link
 * SyntheticNames}, fixed seed), built in the setup of each fork and deleted after it. The setup
 * prints the build time and the heap the generation holds.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class MillionNamesScreeningBenchmark extends ScreeningBenchmark {

  /** Names in the index, the bundled lists' included (system property {@code bench.names}). */
  static final int NAMES = Integer.getInteger("bench.names", 1_000_000);

  /** The seed of the generated names. */
  static final long SEED = 20_240_503L;

  @Override
  @SuppressForbidden(reason = "the build report goes to the benchmark's output")
  protected IndexGeneration buildIndex(NameNormalizer normalizer) {
    long before = BenchmarkData.heapUsedAfterGc();
    long t0 = System.nanoTime();
    BenchmarkData.Lists lists = BenchmarkData.bundledLists();
    SyntheticNames synthetic =
        new SyntheticNames(lists.entries(), BenchmarkData.queries(), normalizer, SEED);
    List<IndexEntry> entries = new ArrayList<>(lists.entries());
    entries.addAll(synthetic.generate(Math.max(0, NAMES - lists.indexedNameCount(normalizer))));
    List<IndexGeneration.SourceVersion> versions = new ArrayList<>(lists.versions());
    versions.add(
        new IndexGeneration.SourceVersion(
            SyntheticNames.SOURCE, 0, null, entries.size() - lists.entries().size()));
    long t1 = System.nanoTime();
    IndexGeneration generation = BenchmarkData.build(normalizer, entries, versions);
    // Only the generation's own references stay: the heap figure is what the generation holds.
    entries = null;
    long after = BenchmarkData.heapUsedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%nIndex of %,d names (%,d entries; bundled lists plus generated, seed %d):"
            + " names loaded and generated in %,d ms, index built in %,d ms"
            + " (normalization, Lucene, token weights); heap held %,d MB; index files %,d MB%n",
        generation.nameCount(),
        generation.entryCount(),
        SEED,
        (t1 - t0) / 1_000_000,
        generation.buildMillis(),
        (after - before) >> 20,
        BenchmarkData.diskBytes(BenchmarkData.workDirectory()) >> 20);
    return generation;
  }
}
