package io.sanctionscreen.bench;

import io.sanctionscreen.evaluation.LabelledQuery;
import io.sanctionscreen.index.BenchmarkAccess;
import io.sanctionscreen.index.IndexEntry;
import io.sanctionscreen.index.IndexFields;
import io.sanctionscreen.index.IndexGeneration;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.matching.NameNormalizer;
import io.sanctionscreen.matching.NameScorer;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.web.SuppressForbidden;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * What each route of the candidate query costs and what it finds: for the committed queries, the
 * postings each route opens (summed document frequencies of its terms), the time of the candidate
 * stage with the whole query, with one route left out and with one route alone, and the share of
 * positive queries whose expected entry is still in the candidate pool; and, for comparison, one
 * whole screening. Variants are timed interleaved, query by query, so a busy machine weighs on all
 * of them alike; besides wall time the report gives the measuring thread's CPU time, which other
 * processes on a shared machine inflate far less.
 *
 * <p>Usage: {@code CandidateRoutesReport [names]}: the index holds the bundled lists, plus
 * generated names up to {@code names} when given (as {@link MillionNamesScreeningBenchmark}).
 */
public final class CandidateRoutesReport {

  private static final List<String> ROUTES =
      List.of(
          IndexFields.TOKENS,
          IndexFields.PAIRS,
          IndexFields.DELETIONS,
          IndexFields.PHONETIC,
          IndexFields.GRAMS);

  private static final int PASSES = 5;

  private static final String SCREENING = "whole screening";

  private CandidateRoutesReport() {}

  @SuppressForbidden(reason = "a command prints its report to standard output")
  public static void main(String[] args) throws IOException {
    int names = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    run(names, System.out);
  }

  static void run(int names, PrintStream out) throws IOException {
    NameNormalizer normalizer = new NameNormalizer();
    BenchmarkData.Lists lists = BenchmarkData.bundledLists();
    List<LabelledQuery> queries = BenchmarkData.queries();
    List<IndexEntry> entries = new ArrayList<>(lists.entries());
    if (names > 0) {
      SyntheticNames synthetic =
          new SyntheticNames(
              lists.entries(), queries, normalizer, MillionNamesScreeningBenchmark.SEED);
      entries.addAll(synthetic.generate(Math.max(0, names - lists.indexedNameCount(normalizer))));
    }
    IndexGeneration generation = BenchmarkData.build(normalizer, entries, lists.versions());
    entries = null;
    try {
      out.printf(
          Locale.ROOT,
          "Index of %,d names, %d queries, candidate pool %d%n%n",
          generation.nameCount(),
          queries.size(),
          NameSearcher.Params.DEFAULT.candidatePool());
      report(generation, normalizer, queries, out);
    } finally {
      BenchmarkAccess.close(generation);
    }
  }

  private static void report(
      IndexGeneration generation,
      NameNormalizer normalizer,
      List<LabelledQuery> queries,
      PrintStream out)
      throws IOException {
    int pool = NameSearcher.Params.DEFAULT.candidatePool();
    Map<String, List<Query>> variants = new LinkedHashMap<>();
    variants.put("whole query", new ArrayList<>());
    for (String route : ROUTES) {
      variants.put("without " + route, new ArrayList<>());
    }
    for (String route : ROUTES) {
      variants.put(route + " alone", new ArrayList<>());
    }
    Map<String, long[]> postings = new LinkedHashMap<>();
    for (String route : ROUTES) {
      postings.put(route, new long[queries.size()]);
    }
    List<LabelledQuery> kept = new ArrayList<>();
    for (LabelledQuery q : queries) {
      NormalizedName name = normalizer.normalize(q.name());
      Query whole = BenchmarkAccess.candidateQuery(generation, name);
      if (whole == null) {
        continue;
      }
      int index = kept.size();
      kept.add(q);
      variants.get("whole query").add(whole);
      for (String route : ROUTES) {
        variants.get("without " + route).add(filter((BooleanQuery) whole, route, false));
        variants.get(route + " alone").add(filter((BooleanQuery) whole, route, true));
      }
      for (BooleanClause clause : ((BooleanQuery) whole).clauses()) {
        for (Term t : terms(clause.getQuery())) {
          postings.get(t.field())[index] += BenchmarkAccess.docFreq(generation, t);
        }
      }
    }
    out.println("Postings opened per query (summed document frequencies of the route's terms):");
    out.printf(Locale.ROOT, "%-12s %12s %12s %12s%n", "route", "median", "p90", "max");
    for (Map.Entry<String, long[]> e : postings.entrySet()) {
      long[] v = Arrays.copyOf(e.getValue(), kept.size());
      Arrays.sort(v);
      out.printf(
          Locale.ROOT,
          "%-12s %,12d %,12d %,12d%n",
          e.getKey(),
          v[v.length / 2],
          v[(int) (v.length * 0.9)],
          v[v.length - 1]);
    }

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    NameSearcher searcher = new NameSearcher(new NameScorer(), NameSearcher.Params.DEFAULT);
    Map<String, long[]> wall = new LinkedHashMap<>();
    Map<String, long[]> cpu = new LinkedHashMap<>();
    Map<String, Integer> found = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>();
    rows.add(SCREENING);
    rows.addAll(variants.keySet());
    for (String v : rows) {
      wall.put(v, new long[kept.size() * PASSES]);
      cpu.put(v, new long[kept.size() * PASSES]);
      found.put(v, 0);
    }
    int positives = 0;
    for (int pass = -2; pass < PASSES; pass++) {
      for (int i = 0; i < kept.size(); i++) {
        LabelledQuery q = kept.get(i);
        int slot = pass * kept.size() + i;
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<NameSearcher.Hit> hits =
            searcher.search(
                generation,
                new NameSearcher.Request(
                    normalizer.normalize(q.name()),
                    q.type(),
                    BenchmarkData.THRESHOLD,
                    BenchmarkData.LIMIT));
        long t1 = System.nanoTime();
        long c1 = threads.getCurrentThreadCpuTime();
        if (pass >= 0) {
          wall.get(SCREENING)[slot] = t1 - t0;
          cpu.get(SCREENING)[slot] = c1 - c0;
        }
        if (pass == 0 && q.positive() && hits.stream().anyMatch(h -> expected(h, q))) {
          found.merge(SCREENING, 1, Integer::sum);
        }
        for (Map.Entry<String, List<Query>> v : variants.entrySet()) {
          c0 = threads.getCurrentThreadCpuTime();
          t0 = System.nanoTime();
          TopDocs top = BenchmarkAccess.search(generation, v.getValue().get(i), pool);
          t1 = System.nanoTime();
          c1 = threads.getCurrentThreadCpuTime();
          if (pass >= 0) {
            wall.get(v.getKey())[slot] = t1 - t0;
            cpu.get(v.getKey())[slot] = c1 - c0;
          }
          if (pass == 0 && q.positive() && contains(generation, top, q.expected())) {
            found.merge(v.getKey(), 1, Integer::sum);
          }
        }
        if (pass == 0 && q.positive()) {
          positives++;
        }
      }
    }
    out.printf(
        Locale.ROOT,
        "%nA whole screening, and the candidate stage alone by variant; %d passes over the"
            + " queries, interleaved (found: the expected entry among the hits at %.2f, or in"
            + " the candidate pool):%n",
        PASSES,
        BenchmarkData.THRESHOLD);
    out.printf(
        Locale.ROOT,
        "%-20s %12s %12s %12s %12s %14s%n",
        "variant",
        "wall median",
        "wall p99",
        "CPU median",
        "CPU p99",
        "found");
    for (String v : rows) {
      long[] w = wall.get(v).clone();
      long[] c = cpu.get(v).clone();
      Arrays.sort(w);
      Arrays.sort(c);
      out.printf(
          Locale.ROOT,
          "%-20s %9.0f µs %9.0f µs %9.0f µs %9.0f µs %7d of %d%n",
          v,
          w[w.length / 2] / 1e3,
          w[(int) (w.length * 0.99)] / 1e3,
          c[c.length / 2] / 1e3,
          c[(int) (c.length * 0.99)] / 1e3,
          found.get(v),
          positives);
    }
  }

  private static boolean expected(NameSearcher.Hit hit, LabelledQuery q) {
    return q.expected().contains(hit.entry().entityId());
  }

  private static boolean contains(IndexGeneration generation, TopDocs top, List<String> expected)
      throws IOException {
    Set<String> wanted = new HashSet<>(expected);
    for (ScoreDoc sd : top.scoreDocs) {
      if (wanted.contains(BenchmarkAccess.entityId(generation, sd.doc))) {
        return true;
      }
    }
    return false;
  }

  /** The clauses of a candidate query whose terms are (or, with keep false, are not) of a field. */
  private static Query filter(BooleanQuery query, String field, boolean keep) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause clause : query.clauses()) {
      boolean ofField = terms(clause.getQuery()).stream().anyMatch(t -> t.field().equals(field));
      if (ofField == keep) {
        b.add(clause);
      }
    }
    return b.build();
  }

  private static List<Term> terms(Query query) {
    List<Term> terms = new ArrayList<>();
    query.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query q, Term... t) {
            terms.addAll(List.of(t));
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return terms;
  }
}
