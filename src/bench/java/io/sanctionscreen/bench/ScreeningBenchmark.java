package io.sanctionscreen.bench;

import io.sanctionscreen.evaluation.LabelledQuery;
import io.sanctionscreen.index.BenchmarkAccess;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import io.sanctionscreen.matching.NormalizedName;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.TopDocs;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One screening against an index generation, in three cuts: the whole of it ({@link #screen}:
 * normalize, candidate query, scoring, ranking), the same without normalization ({@link
 * #searchNormalized}), and the Lucene candidate stage alone ({@link #candidates}). Each invocation
 * screens the next query of the committed sample, so the sampled times spread over all of them.
 * Subclasses say which index.
 */
@State(Scope.Benchmark)
public abstract class ScreeningBenchmark {

  private NameNormalizer normalizer;
  private NameSearcher searcher;
  private IndexGeneration generation;
  private LabelledQuery[] queries;
  private NormalizedName[] normalized;

  /** Builds the generation the benchmark searches. */
  protected abstract IndexGeneration buildIndex(NameNormalizer normalizer);

  /** The position of the next query; one per measuring thread. */
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
  public void setUp() {
    normalizer = new NameNormalizer();
    searcher = new NameSearcher(new NameScorer(), NameSearcher.Params.DEFAULT);
    generation = buildIndex(normalizer);
    List<LabelledQuery> sample = BenchmarkData.queries();
    queries = sample.toArray(new LabelledQuery[0]);
    normalized = new NormalizedName[queries.length];
    for (int i = 0; i < queries.length; i++) {
      normalized[i] = normalizer.normalize(queries[i].name());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    BenchmarkAccess.close(generation);
  }

  /** One whole screening: the raw name normalized, searched, scored and ranked. */
  @Benchmark
  public List<NameSearcher.Hit> screen(Cursor cursor) {
    LabelledQuery q = queries[cursor.next(queries.length)];
    return searcher.search(
        generation,
        new NameSearcher.Request(
            normalizer.normalize(q.name()),
            q.type(),
            BenchmarkData.THRESHOLD,
            BenchmarkData.LIMIT));
  }

  /** A screening of a name normalized beforehand: candidate query, scoring and ranking. */
  @Benchmark
  public List<NameSearcher.Hit> searchNormalized(Cursor cursor) {
    int i = cursor.next(queries.length);
    return searcher.search(
        generation,
        new NameSearcher.Request(
            normalized[i], queries[i].type(), BenchmarkData.THRESHOLD, BenchmarkData.LIMIT));
  }

  /** The Lucene candidate stage alone: the query built and its top names collected, unscored. */
  @Benchmark
  public TopDocs candidates(Cursor cursor) throws IOException {
    return BenchmarkAccess.candidates(
        generation,
        normalized[cursor.next(queries.length)],
        NameSearcher.Params.DEFAULT.candidatePool());
  }
}
