package io.sanctionscreen.bench;

import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.web.SuppressForbidden;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/** Screening against the bundled lists (by default OFAC SDN and consolidated non-SDN). */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class BundledListsScreeningBenchmark extends ScreeningBenchmark {

  @Override
  @SuppressForbidden(reason = "the build report goes to the benchmark's output")
  protected IndexGeneration buildIndex(NameNormalizer normalizer) {
    long before = BenchmarkData.heapUsedAfterGc();
    BenchmarkData.Lists lists = BenchmarkData.bundledLists();
    IndexGeneration generation = BenchmarkData.build(normalizer, lists.entries(), lists.versions());
    long after = BenchmarkData.heapUsedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%nIndex of the bundled lists %s: %,d entries, %,d names; built in %,d ms;"
            + " heap held %,d MB; index files %,d MB%n",
        lists.versions().stream().map(IndexGeneration.SourceVersion::source).toList(),
        generation.entryCount(),
        generation.nameCount(),
        generation.buildMillis(),
        (after - before) >> 20,
        BenchmarkData.diskBytes(BenchmarkData.workDirectory()) >> 20);
    return generation;
  }
}
