package io.sanctionscreen.index;

import io.sanctionscreen.matching.NormalizedName;
import java.io.IOException;
import org.apache.lucene.index.Term;
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
    return NameSearcher.candidateQuery(name, generation.weights(), generation.searcher());
  }

  /** Runs the candidate stage alone: the query built and its top {@code pool} name documents. */
  public static TopDocs candidates(IndexGeneration generation, NormalizedName name, int pool)
      throws IOException {
    Query query = candidateQuery(generation, name);
    return query == null ? null : NameSearcher.candidates(generation.searcher(), query, pool);
  }

  /** Runs any query against a generation's name documents. */
  public static TopDocs search(IndexGeneration generation, Query query, int n) throws IOException {
    return generation.searcher().search(query, n);
  }

  /** The number of name documents holding a term. */
  public static int docFreq(IndexGeneration generation, Term term) throws IOException {
    return generation.searcher().getIndexReader().docFreq(term);
  }

  /** The normalized form of an indexed name document, as the scorer sees it. */
  public static NormalizedName indexedName(IndexGeneration generation, int doc) throws IOException {
    return generation.row(row(generation, doc)).normalized();
  }

  /** The entity an indexed name document belongs to. */
  public static String entityId(IndexGeneration generation, int doc) throws IOException {
    return generation.row(row(generation, doc)).entityId();
  }

  private static int row(IndexGeneration generation, int doc) {
    return generation.rowOfDoc(doc);
  }

  /** Closes a generation the benchmark built and deletes its files. */
  public static void close(IndexGeneration generation) {
    generation.release();
  }
}
