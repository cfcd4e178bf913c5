package io.sanctionscreen.index;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.matching.Adjustment;
import io.sanctionscreen.matching.CorpusTokenWeights;
import io.sanctionscreen.matching.HitScorer;
import io.sanctionscreen.matching.Identifiers;
import io.sanctionscreen.matching.NameMatch;
import io.sanctionscreen.matching.NameScorer;
import io.sanctionscreen.matching.NormalizedName;
import io.sanctionscreen.matching.PartyType;
import io.sanctionscreen.matching.PreparedName;
import io.sanctionscreen.matching.TokenSimilarity;
import io.sanctionscreen.matching.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Finds the listed entries whose names match a query: Lucene gathers a bounded pool of candidate
 * names by several routes (exact tokens, tokens written together, edit distance, trigrams, phonetic
 * keys), then the {@link NameScorer} scores each one token by token, the {@link HitScorer} adds
 * what else is known of both parties, and each entity keeps its best-scoring name.
 */
public final class NameSearcher {

  /** Parameters of the search. */
  public record Params(int candidatePool, double typeMismatchFactor, double weakAliasFactor) {

    /** Defaults; see the evaluation in the README for how they were chosen. */
    public static final Params DEFAULT = new Params(200, 0.85, 0.85);

    public Params {
      if (candidatePool < 1 || candidatePool > 10_000) {
        throw new IllegalArgumentException("candidatePool must be in [1, 10000]: " + candidatePool);
      }
    }
  }

  /**
   * A search: the normalized name and what else the caller knows.
   *
   * @param name the normalized name
   * @param type the kind of party, or null
   * @param threshold the lowest score returned
   * @param limit the most hits returned
   * @param birthDate date of birth (YYYY, YYYY-MM or YYYY-MM-DD), or null
   * @param country a country tied to the counterparty, or null
   * @param identifiers identifiers the caller knows (registration number, ISIN, LEI...)
   */
  public record Request(
      NormalizedName name,
      EntryType type,
      double threshold,
      int limit,
      String birthDate,
      String country,
      List<QueryIdentifier> identifiers) {

    public Request {
      identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** A search by name alone. */
    public Request(NormalizedName name, EntryType type, double threshold, int limit) {
      this(name, type, threshold, limit, null, null, List.of());
    }
  }

  /** An identifier given with a query; the type may be null (any kind). */
  public record QueryIdentifier(String type, String value) {}

  /**
   * A scored entity.
   *
   * @param entry the listed entry
   * @param nameOrdinal which of its names matched best
   * @param match the token alignment with that name
   * @param score the final score, after type and weak-alias adjustments
   * @param adjustments what changed the name score, and why
   */
  public record Hit(
      IndexEntry entry,
      int nameOrdinal,
      NameMatch match,
      double score,
      List<Adjustment> adjustments) {

    /** The listed name that matched. */
    public IndexEntry.Name matchedName() {
      return entry.names().get(nameOrdinal);
    }
  }

  private final NameScorer scorer;
  private final HitScorer hitScorer;
  private final Params params;

  public NameSearcher(NameScorer scorer, Params params) {
    this.scorer = scorer;
    this.hitScorer =
        new HitScorer(new HitScorer.Params(params.typeMismatchFactor(), params.weakAliasFactor()));
    this.params = params;
  }

  /** Searches one generation. The caller holds the generation for the duration. */
  public List<Hit> search(IndexGeneration generation, Request request) {
    return search(generation, request, null);
  }

  /**
   * The best score any of an entry's names gives the query, with the query's type, date of birth
   * and country as a search weighs them (identifiers aside): never below the score a search gives
   * the entry, since a search scores only the names in its candidate pool. A cheap bound for
   * monitoring, which must know whether a party can hit one changed entry without screening it in
   * full. -1 if the generation holds no such entry.
   */
  public double bestScore(IndexGeneration generation, Request request, String entityId) {
    IndexEntry entry = generation.entry(entityId);
    if (entry == null) {
      return -1;
    }
    NormalizedName name = request.name();
    PreparedName prepared =
        generation.prepare(name, NameScorer.weightsOf(name, generation.weights()));
    return bestName(generation, entry, request, prepared).score();
  }

  /**
   * How deep in Lucene's candidate pool a search had to go: how many candidate names it scored, and
   * the rank (1 = Lucene's best) of the deepest candidate that gave one of the hits returned at or
   * above {@code atLeast} its score (0 if none). A pool of that many candidates gives the same hits
   * with the same scores.
   */
  public record PoolDepth(int scored, int deepestHit) {}

  /** The search of {@link #search} with how deep in the candidate pool its hits were. */
  public PoolDepth poolDepth(IndexGeneration generation, Request request, double atLeast) {
    Map<String, Integer> rankOf = new HashMap<>();
    List<Hit> hits = search(generation, request, rankOf);
    int deepest = 0;
    for (Hit h : hits) {
      if (h.score() >= atLeast) {
        deepest = Math.max(deepest, rankOf.getOrDefault(h.entry().entityId(), 0));
      }
    }
    return new PoolDepth(rankOf.getOrDefault("", 0), deepest);
  }

  private List<Hit> search(
      IndexGeneration generation, Request request, Map<String, Integer> rankOf) {
    NormalizedName name = request.name();
    Map<String, Hit> best = new HashMap<>();
    CorpusTokenWeights weights = generation.weights();
    double[] queryWeights = NameScorer.weightsOf(name, weights);
    PreparedName prepared = generation.prepare(name, queryWeights);
    IndexSearcher searcher = generation.searcher();
    org.apache.lucene.search.Query lucene =
        name.isEmpty() ? null : candidateQuery(name, weights, searcher);
    if (lucene != null) {
      try {
        TopDocs top = candidates(searcher, lucene, params.candidatePool());
        if (rankOf != null) {
          rankOf.put("", top.scoreDocs.length);
        }
        int rank = 0;
        for (ScoreDoc sd : top.scoreDocs) {
          rank++;
          IndexGeneration.NameRow nameRow = generation.row(generation.rowOfDoc(sd.doc));
          NameMatch match = scorer.score(prepared, nameRow.prepared(), weights);
          if (match.score() <= 0) {
            continue;
          }
          IndexEntry entry = generation.entry(nameRow.entityId());
          Hit hit = adjust(entry, nameRow.ordinal(), match, request);
          Hit previous = best.get(entry.entityId());
          if (previous == null || hit.score() > previous.score()) {
            best.put(entry.entityId(), hit);
            if (rankOf != null) {
              rankOf.put(entry.entityId(), rank);
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("searching the name index failed", e);
      }
    }
    identifierHits(generation, request, prepared, best);
    List<Hit> hits = new ArrayList<>();
    for (Hit h : best.values()) {
      if (h.score() >= request.threshold()) {
        hits.add(h);
      }
    }
    hits.sort(
        Comparator.comparingDouble(Hit::score).reversed().thenComparing(h -> h.entry().entityId()));
    return hits.size() > request.limit() ? List.copyOf(hits.subList(0, request.limit())) : hits;
  }

  /**
   * An identifier equal to a listed one is a hit on its own, whatever the name says: score 1, with
   * the name alignment kept for the explanation.
   */
  private void identifierHits(
      IndexGeneration generation, Request request, PreparedName query, Map<String, Hit> best) {
    for (QueryIdentifier qi : request.identifiers()) {
      for (String key : Identifiers.forms(qi.value())) {
        if (Identifiers.distinctive(key)) {
          identifierHits(generation, request, query, best, qi, key);
        }
      }
    }
  }

  private void identifierHits(
      IndexGeneration generation,
      Request request,
      PreparedName query,
      Map<String, Hit> best,
      QueryIdentifier qi,
      String key) {
    {
      for (IndexGeneration.IdentifierRef ref : generation.identifier(key)) {
        if (qi.type() != null && !Identifiers.comparable(qi.type(), ref.type())) {
          continue;
        }
        IndexEntry entry = generation.entry(ref.entityId());
        Hit previous = best.get(entry.entityId());
        Hit base = previous != null ? previous : bestName(generation, entry, request, query);
        HitScorer.Scored identified =
            HitScorer.identified(
                new HitScorer.Scored(base.score(), base.adjustments()),
                qi.type(),
                qi.value(),
                ref.type(),
                ref.value());
        best.put(
            entry.entityId(),
            new Hit(
                entry,
                base.nameOrdinal(),
                base.match(),
                identified.score(),
                identified.adjustments()));
      }
    }
  }

  /** The entity's name closest to the query, for an entity found by other means. */
  private Hit bestName(
      IndexGeneration generation, IndexEntry entry, Request request, PreparedName query) {
    Hit best = null;
    for (int r : generation.rowsOf(entry.entityId())) {
      IndexGeneration.NameRow row = generation.row(r);
      NameMatch m = scorer.score(query, row.prepared(), generation.weights());
      Hit h = adjust(entry, row.ordinal(), m, request);
      if (best == null || h.score() > best.score()) {
        best = h;
      }
    }
    if (best == null) {
      NormalizedName empty = new NormalizedName(entry.primaryName(), List.of());
      best =
          new Hit(
              entry,
              0,
              scorer.score(request.name(), new double[0], empty, new double[0]),
              0,
              List.of());
    }
    return best;
  }

  private Hit adjust(IndexEntry entry, int ordinal, NameMatch match, Request request) {
    HitScorer.Scored scored =
        hitScorer.score(
            match,
            new HitScorer.Query(partyType(request.type()), request.birthDate(), request.country()),
            new HitScorer.Listed(
                partyType(entry.type()),
                entry.names().get(ordinal).weak(),
                entry.birthDates(),
                entry.countries()));
    return new Hit(entry, ordinal, match, scored.score(), scored.adjustments());
  }

  private static PartyType partyType(EntryType type) {
    return type == null ? null : PartyType.valueOf(type.name());
  }

  /**
   * The best {@code pool} candidates of a query. The same documents as {@code
   * searcher.search(query, pool)}, cheaper: Lucene's default counts the first 1,000 matches exactly
   * before it skips the documents that cannot enter the pool; the count is not used here, so
   * skipping starts at once.
   */
  static TopDocs candidates(IndexSearcher searcher, org.apache.lucene.search.Query query, int pool)
      throws IOException {
    int n = Math.min(pool, Math.max(1, searcher.getIndexReader().maxDoc()));
    return searcher.search(query, new TopScoreDocCollectorManager(n, null, n, false));
  }

  /**
   * Query words shorter than this get no two-edit route: too many words are two edits apart, and
   * each route costs a Levenshtein automaton (about a fifth of a screening at six letters).
   */
  static final int FUZZY_MIN_LENGTH = 9;

  /** The most listed words the two-edit route of one query word expands to. */
  static final int FUZZY_EXPANSIONS = 16;

  /** The candidate query: one group of clauses per distinctive query token. */
  static org.apache.lucene.search.Query candidateQuery(
      NormalizedName name, CorpusTokenWeights weights, IndexSearcher searcher) {
    IndexReader reader = searcher.getIndexReader();
    // Trigrams shared by more names than this say little and cost the most postings to read.
    int commonGram = Math.max(50, reader.numDocs() / 100);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<String> tokens = name.tokens();
    Set<String> distinct = new LinkedHashSet<>(tokens);
    int clauses = 0;
    for (String t : distinct) {
      if (Vocabulary.isMinor(t)) {
        continue;
      }
      float w = (float) Math.max(0.05, weights.weight(t));
      add(b, new TermQuery(new Term(IndexFields.TOKENS, t)), 3f * w);
      add(b, new TermQuery(new Term(IndexFields.PAIRS, t)), 3f * w);
      String variant = Vocabulary.nameVariant(t);
      if (variant != null) {
        add(b, new TermQuery(new Term(IndexFields.VARIANTS, variant)), 2f * w);
      }
      String key = IndexFields.romanizationTerm(t);
      if (key != null) {
        add(b, new TermQuery(new Term(IndexFields.VARIANTS, key)), 2f * w);
      }
      if (t.length() >= IndexFields.DELETION_MIN_LENGTH) {
        // The token and its one-deletion variants against the listed tokens' variants: every
        // listed word one edit away shares a term.
        BooleanQuery.Builder variants = new BooleanQuery.Builder();
        variants.add(new TermQuery(new Term(IndexFields.DELETIONS, t)), BooleanClause.Occur.SHOULD);
        for (int k = 0; k < t.length(); k++) {
          String v = t.substring(0, k) + t.substring(k + 1);
          variants.add(
              new TermQuery(new Term(IndexFields.DELETIONS, v)), BooleanClause.Occur.SHOULD);
        }
        // Scored, not constant: a short listed name sharing a rare variant ranks first.
        add(b, variants.build(), 1f * w);
      }
      if (t.length() >= FUZZY_MIN_LENGTH
          && !Vocabulary.isLegalForm(t)
          && termStates(searcher, new Term(IndexFields.TOKENS, t)).docFreq() == 0) {
        // A word no listed name holds may be a listed word typed with two errors, which no
        // one-deletion variant finds ("trasnconsainer"): the few listed words two edits away
        // with the same first letter, scored low.
        add(
            b,
            new FuzzyQuery(new Term(IndexFields.TOKENS, t), 2, 1, FUZZY_EXPANSIONS, true),
            0.5f * w);
      }
      String phonetic = TokenSimilarity.phoneticKey(t);
      if (!phonetic.isEmpty()) {
        add(b, new TermQuery(new Term(IndexFields.PHONETIC, phonetic)), 1f * w);
      }
      if (t.length() >= 3) {
        BooleanQuery.Builder grams = new BooleanQuery.Builder();
        int kept = 0;
        for (int i = 0; i + 3 <= t.length(); i++) {
          Term gram = new Term(IndexFields.GRAMS, t.substring(i, i + 3));
          // The term is looked up once: its statistics go with the query, which would otherwise
          // look it up again to score it.
          TermStates states = termStates(searcher, gram);
          if (states.docFreq() <= commonGram) {
            grams.add(new TermQuery(gram, states), BooleanClause.Occur.SHOULD);
            kept++;
          }
        }
        if (kept > 0) {
          add(b, grams.build(), 1f * w / Math.max(1, t.length() - 2));
        }
      }
      clauses++;
    }
    // "sense time" written together, as a listed "sensetime".
    for (int i = 0; i + 1 < tokens.size(); i++) {
      String a = tokens.get(i);
      String c = tokens.get(i + 1);
      if (!Vocabulary.isLegalForm(a) && !Vocabulary.isLegalForm(c)) {
        add(b, new TermQuery(new Term(IndexFields.TOKENS, a + c)), 3f);
      }
    }
    return clauses == 0 ? null : b.build();
  }

  private static TermStates termStates(IndexSearcher searcher, Term term) {
    try {
      return TermStates.build(searcher, term, true);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the name index failed", e);
    }
  }

  private static void add(BooleanQuery.Builder b, org.apache.lucene.search.Query q, float boost) {
    b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
  }
}
