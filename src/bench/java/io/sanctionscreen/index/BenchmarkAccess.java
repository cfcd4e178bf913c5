package io.sanctionscreen.index;

import io.sanctionscreen.matching.NormalizedName;
import java.io.IOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;

/**
 * Opens the package-private stages of a search to the benchmarks, so the Lucene candidate query can
 * be timed apart from the scoring. Benchmark sources only: the service never sees this class.
 */
public final class BenchmarkAccess {

  private BenchmarkAccess() {}

  /** The candidate query the searcher would run for a name, or null when nothing is searchable. */
  public static Query candidateQuery(IndexGeneration generation, NormalizedName name) {
    return NameSearcher.candidateQuery(name, generation.weights());
  }

  /** Runs the candidate stage alone: the query built and its top {@code pool} name documents. */
  public static TopDocs candidates(IndexGeneration generation, NormalizedName name, int pool)
      throws IOException {
    Query query = candidateQuery(generation, name);
    return query == null ? null : generation.searcher().search(query, pool);
  }

  /** The normalized form of an indexed name document, as the scorer sees it. */
  public static NormalizedName indexedName(IndexGeneration generation, int doc) throws IOException {
    var leaves = generation.searcher().getIndexReader().leaves();
    var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
    var values = leaf.reader().getNumericDocValues(IndexBuilder.ROW);
    if (values == null || !values.advanceExact(doc - leaf.docBase)) {
      throw new IllegalStateException("name document without a row: " + doc);
    }
    return generation.row((int) values.longValue()).normalized();
  }

  /** Closes a generation the benchmark built and deletes its files. */
  public static void close(IndexGeneration generation) {
    generation.release();
  }
}
