package io.sanctionscreen.evaluation;

import io.sanctionscreen.index.IndexBuilder;
import io.sanctionscreen.index.IndexEntries;
import io.sanctionscreen.index.IndexEntry;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.lists.BundledList;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation as a command: builds the name index from the bundled lists in memory (no database,
 * no server), screens a labelled query file, prints the report and writes the chart.
 *
 * <p>Usage: {@code EvaluateCommand <labelled.csv> [threshold] [chart.png]}; the README names the
 * Maven invocation.
 */
public final class EvaluateCommand {

  /** The review threshold of the service (ScreeningConfig default). */
  public static final double DEFAULT_THRESHOLD = 0.82;

  private EvaluateCommand() {}

  /**
   * Runs the command line {@code <labelled.csv> [threshold] [chart.png]}, the report to {@code out}
   * and a usage error to {@code err}.
   *
   * @return the exit code: 0, or 2 for a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    if (args.length < 1) {
      err.println("usage: evaluate <labelled.csv> [threshold] [chart.png]");
      return 2;
    }
    double threshold = args.length > 1 ? Double.parseDouble(args[1]) : DEFAULT_THRESHOLD;
    Path chart = Path.of(args.length > 2 ? args[2] : "target/evaluation.png");
    return run(Path.of(args[0]), threshold, chart, out);
  }

  /**
   * The bundled sources to index: {@code -Devaluation.sources=us-ofac-sdn,us-ofac-cons}, by default
   * every source the service loads by default.
   */
  static List<String> sources() {
    String configured =
        System.getProperty("evaluation.sources", "us-ofac-sdn,us-ofac-cons,un-sc,gb-ofsi,us-csl");
    return List.of(configured.split(","));
  }

  /** Runs the evaluation; returns 0. */
  public static int run(Path file, double threshold, Path chart, PrintStream out)
      throws IOException {
    long t0 = System.nanoTime();
    List<IndexEntry> entries = new ArrayList<>();
    List<IndexGeneration.SourceVersion> versions = new ArrayList<>();
    for (String source : sources()) {
      BundledList bundle = BundledList.load(source);
      var parsed = bundle.parse();
      entries.addAll(IndexEntries.of(parsed));
      versions.add(
          new IndexGeneration.SourceVersion(source, 0, parsed.listDate(), parsed.entries().size()));
    }
    NameNormalizer normalizer = new NameNormalizer();
    IndexGeneration generation =
        new IndexBuilder(
                normalizer, Path.of(System.getProperty("java.io.tmpdir"), "screening-evaluation"))
            .build(entries, versions);
    NameSearcher searcher = new NameSearcher(new NameScorer(), NameSearcher.Params.DEFAULT);
    List<LabelledQuery> queries;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      queries = LabelledQueryReader.read(r);
    }
    long t1 = System.nanoTime();
    Evaluation e =
        Evaluation.run(
            queries,
            q ->
                searcher
                    .search(
                        generation,
                        new NameSearcher.Request(
                            normalizer.normalize(q.name()), q.type(), Evaluation.SWEEP_FROM, 100))
                    .stream()
                    .map(
                        h ->
                            new Evaluation.ScoredId(
                                h.entry().entityId(), h.matchedName().name(), h.score()))
                    .toList(),
            threshold);
    long t2 = System.nanoTime();
    out.print(e.report(60));
    out.printf(
        Locale.ROOT,
        "%nIndex of %d names built in %d ms; %d queries screened in %d ms (%.3f ms each, 2 threads)%n",
        generation.nameCount(),
        (t1 - t0) / 1_000_000,
        queries.size(),
        (t2 - t1) / 1_000_000,
        (t2 - t1) / 1e6 / queries.size());
    if (chart.getParent() != null) {
      Files.createDirectories(chart.getParent());
    }
    Files.write(chart, EvaluationChart.png(e));
    out.println("Chart written to " + chart.toAbsolutePath());
    return 0;
  }
}
