package io.sanctionscreen.bench;

import io.sanctionscreen.evaluation.LabelledQuery;
import io.sanctionscreen.index.BenchmarkAccess;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameMatch;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.matching.TokenWeights;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one query against one listed name, with the corpus weights of the bundled lists. Two sets
 * of pairs: {@code best} pairs each sample query with its best-scoring listed name (mostly close
 * names, the alignment's hardest work), {@code pool} with every name of its Lucene candidate pool
 * (what a screening really scores: up to 200 names, most of them far).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ScoringBenchmark {

  /** Which pairs are scored. */
  @Param({"best", "pool"})
  public String pairs;

  private final NameScorer scorer = new NameScorer();
  private IndexGeneration generation;
  private TokenWeights weights;
  private NormalizedName[] queries;
  private NormalizedName[] candidates;
  private double[][] queryWeights;
  private double[][] candidateWeights;

  /** The position of the next pair. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    int next(int size) {
      int i = next;
      next = i + 1 == size ? 0 : i + 1;
      return i;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    NameNormalizer normalizer = new NameNormalizer();
    BenchmarkData.Lists lists = BenchmarkData.bundledLists();
    generation = BenchmarkData.build(normalizer, lists.entries(), lists.versions());
    weights = generation.weights();
    NameSearcher searcher = new NameSearcher(scorer, NameSearcher.Params.DEFAULT);
    List<NormalizedName> q = new ArrayList<>();
    List<NormalizedName> c = new ArrayList<>();
    for (LabelledQuery query : BenchmarkData.queries()) {
      NormalizedName name = normalizer.normalize(query.name());
      if ("best".equals(pairs)) {
        List<NameSearcher.Hit> hits =
            searcher.search(generation, new NameSearcher.Request(name, query.type(), 0.0, 1));
        if (!hits.isEmpty()) {
          q.add(name);
          c.add(hits.get(0).match().candidate());
        }
      } else {
        TopDocs top =
            BenchmarkAccess.candidates(
                generation, name, NameSearcher.Params.DEFAULT.candidatePool());
        if (top == null) {
          continue;
        }
        for (ScoreDoc sd : top.scoreDocs) {
          q.add(name);
          c.add(BenchmarkAccess.indexedName(generation, sd.doc));
        }
      }
    }
    queries = q.toArray(new NormalizedName[0]);
    candidates = c.toArray(new NormalizedName[0]);
    queryWeights = new double[queries.length][];
    candidateWeights = new double[queries.length][];
    for (int i = 0; i < queries.length; i++) {
      queryWeights[i] = NameScorer.weightsOf(queries[i], weights);
      candidateWeights[i] = NameScorer.weightsOf(candidates[i], weights);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    BenchmarkAccess.close(generation);
  }

  /** The search's path: token weights computed beforehand (the index keeps the listed names'). */
  @Benchmark
  public NameMatch scorePrecomputed(Cursor cursor) {
    int i = cursor.next(queries.length);
    return scorer.score(queries[i], queryWeights[i], candidates[i], candidateWeights[i]);
  }

  /** The convenience overload: each token's weight looked up in the corpus statistics. */
  @Benchmark
  public NameMatch scoreWithWeights(Cursor cursor) {
    int i = cursor.next(queries.length);
    return scorer.score(queries[i], candidates[i], weights);
  }
}
