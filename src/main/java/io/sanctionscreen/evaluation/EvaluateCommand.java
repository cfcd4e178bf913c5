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
   * Runs the command line {@code <labelled.csv>... [threshold] [chart.png | chart-directory/]}: one
   * report and one chart per file, the index built once. A lone chart file name with several input
   * files is used as a prefix ({@code evaluation.png} gives {@code evaluation-dev.png}...).
   *
   * @return the exit code: 0, or 2 for a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    List<Path> files = new ArrayList<>();
    double threshold = DEFAULT_THRESHOLD;
    String chart = null;
    for (String a : args) {
      if (a.endsWith(".png") || a.endsWith("/")) {
        chart = a;
      } else if (a.matches("[01](\\.\\d+)?|\\.\\d+")) {
        threshold = Double.parseDouble(a);
      } else {
        files.add(Path.of(a));
      }
    }
    if (files.isEmpty() || threshold < 0 || threshold > 1) {
      err.println("usage: evaluate <labelled.csv>... [threshold] [chart.png | chart-directory/]");
      return 2;
    }
    for (Path f : files) {
      if (!Files.isReadable(f)) {
        err.println("cannot read " + f);
        return 2;
      }
    }
    return run(files, threshold, chart == null ? "target/evaluation.png" : chart, out);
  }

  /** The chart file of one input file. */
  static Path chartOf(String chart, Path file, boolean several) {
    String base = file.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    if (chart.endsWith("/")) {
      return Path.of(chart, "evaluation-" + base + ".png");
    }
    return several ? Path.of(chart.replaceFirst("\\.png$", "-" + base + ".png")) : Path.of(chart);
  }

  /**
   * The bundled sources to index: {@code -Devaluation.sources=us-ofac-sdn,us-ofac-cons}, by default
   * every source the service loads by default.
   */
  static List<String> sources() {
    String configured =
        System.getProperty(
            "evaluation.sources", "us-ofac-sdn,us-ofac-cons,un-sc,gb-ofsi,us-csl,eu-fsf,gb-fcdo");
    return List.of(configured.split(","));
  }

  /** Runs the evaluation of each file on one index; returns 0. */
  public static int run(List<Path> files, double threshold, String chart, PrintStream out)
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
    NameSearcher.Params defaults = NameSearcher.Params.DEFAULT;
    NameSearcher searcher =
        new NameSearcher(
            new NameScorer(),
            new NameSearcher.Params(
                Integer.getInteger("evaluation.candidate-pool", defaults.candidatePool()),
                defaults.typeMismatchFactor(),
                defaults.weakAliasFactor()));
    out.printf(
        Locale.ROOT,
        "Index of %d names built in %d ms%n",
        generation.nameCount(),
        (System.nanoTime() - t0) / 1_000_000);
    for (Path file : files) {
      List<LabelledQuery> queries;
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        queries = LabelledQueryReader.read(r);
      }
      long t1 = System.nanoTime();
      Evaluation e = Evaluation.run(queries, screener(searcher, normalizer, generation), threshold);
      long t2 = System.nanoTime();
      out.printf(Locale.ROOT, "%n== %s ==%n", file);
      out.print(e.report(60));
      out.printf(
          Locale.ROOT,
          "%n%d queries screened in %d ms (%.3f ms each, 2 threads)%n",
          queries.size(),
          (t2 - t1) / 1_000_000,
          (t2 - t1) / 1e6 / queries.size());
      if (Boolean.getBoolean("evaluation.pool-depth")) {
        poolDepth(queries, searcher, normalizer, generation, threshold, out);
      }
      Path chartFile = chartOf(chart, file, files.size() > 1);
      if (chartFile.getParent() != null) {
        Files.createDirectories(chartFile.getParent());
      }
      Files.write(chartFile, EvaluationChart.png(e));
      out.println("Chart written to " + chartFile.toAbsolutePath());
    }
    return 0;
  }

  /**
   * How many candidates the search scores per query, and how deep in Lucene's pool the hits it
   * returns lie ({@code -Devaluation.pool-depth=true}): the pool a screening needs for the same
   * hits.
   */
  private static void poolDepth(
      List<LabelledQuery> queries,
      NameSearcher searcher,
      NameNormalizer normalizer,
      IndexGeneration generation,
      double threshold,
      PrintStream out) {
    int n = queries.size();
    int[] scored = new int[n];
    int[] atThreshold = new int[n];
    int[] atSweep = new int[n];
    for (int i = 0; i < n; i++) {
      LabelledQuery q = queries.get(i);
      NameSearcher.Request r =
          new NameSearcher.Request(
              normalizer.normalize(q.name()),
              q.type(),
              Evaluation.SWEEP_FROM,
              100,
              q.birthDate(),
              q.country(),
              List.of());
      NameSearcher.PoolDepth d = searcher.poolDepth(generation, r, threshold);
      scored[i] = d.scored();
      atThreshold[i] = d.deepestHit();
      atSweep[i] = searcher.poolDepth(generation, r, Evaluation.SWEEP_FROM).deepestHit();
    }
    java.util.Arrays.sort(scored);
    long sum = 0;
    for (int s : scored) {
      sum += s;
    }
    out.printf(
        Locale.ROOT,
        "%nCandidates scored per query: mean %.1f, median %d, p90 %d, max %d%n",
        (double) sum / n,
        scored[n / 2],
        scored[(int) (n * 0.9)],
        scored[n - 1]);
    for (int[] depth : List.of(atThreshold, atSweep)) {
      String label =
          depth == atThreshold
              ? String.format(Locale.ROOT, "hits at or above %.2f", threshold)
              : String.format(Locale.ROOT, "hits at or above %.2f", Evaluation.SWEEP_FROM);
      StringBuilder line = new StringBuilder("Queries whose " + label + " lie deeper than rank");
      for (int k : new int[] {10, 20, 30, 50, 75, 100, 150}) {
        int deeper = 0;
        for (int d : depth) {
          if (d > k) {
            deeper++;
          }
        }
        line.append(String.format(Locale.ROOT, " %d: %d;", k, deeper));
      }
      out.println(line);
    }
  }

  /** Screens a labelled query as the service does: name, type, date of birth and country. */
  public static Evaluation.Screener screener(
      NameSearcher searcher, NameNormalizer normalizer, IndexGeneration generation) {
    return q ->
        searcher
            .search(
                generation,
                new NameSearcher.Request(
                    normalizer.normalize(q.name()),
                    q.type(),
                    Evaluation.SWEEP_FROM,
                    100,
                    q.birthDate(),
                    q.country(),
                    List.of()))
            .stream()
            .map(
                h ->
                    new Evaluation.ScoredId(
                        h.entry().entityId(), h.matchedName().name(), h.score()))
            .toList();
  }
}
