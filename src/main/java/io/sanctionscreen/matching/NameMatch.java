package io.sanctionscreen.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of comparing a query with one listed name: a score in [0, 1] and the token alignment
 * that produced it.
 *
 * @param query the normalized query
 * @param candidate the normalized listed name
 * @param score the blended coverage, in [0, 1]
 * @param queryCoverage share of the query's token weight matched, in [0, 1]
 * @param candidateCoverage share of the listed name's token weight matched, in [0, 1]
 * @param pairs the aligned token pairs, in query order
 * @param notes what else changed the score, in words
 */
public record NameMatch(
    NormalizedName query,
    NormalizedName candidate,
    double score,
    double queryCoverage,
    double candidateCoverage,
    List<NameScorer.Pair> pairs,
    List<String> notes) {

  static NameMatch none(NormalizedName query, NormalizedName candidate) {
    return new NameMatch(query, candidate, 0, 0, 0, List.of(), List.of());
  }

  /** Query tokens no candidate token matched. */
  public List<String> unmatchedQueryTokens() {
    return unmatched(query.tokens(), true);
  }

  /** Candidate tokens no query token matched. */
  public List<String> unmatchedCandidateTokens() {
    return unmatched(candidate.tokens(), false);
  }

  private List<String> unmatched(List<String> tokens, boolean querySide) {
    boolean[] used = new boolean[tokens.size()];
    for (NameScorer.Pair p : pairs) {
      int from = querySide ? p.qFrom() : p.cFrom();
      int to = querySide ? p.qTo() : p.cTo();
      for (int k = from; k < to; k++) {
        used[k] = true;
      }
    }
    List<String> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      if (!used[k]) {
        out.add(tokens.get(k));
      }
    }
    return out;
  }

  /** The query-side text of a pair. */
  public String queryText(NameScorer.Pair p) {
    return String.join(" ", query.tokens().subList(p.qFrom(), p.qTo()));
  }

  /** The candidate-side text of a pair. */
  public String candidateText(NameScorer.Pair p) {
    return String.join(" ", candidate.tokens().subList(p.cFrom(), p.cTo()));
  }

  /**
   * Which query tokens met which listed tokens, and how: one per aligned pair, in query order.
   *
   * @param query the query side (one token, or two written together in the list)
   * @param listed the listed side
   * @param kind how they compare
   * @param similarity in [0, 1]
   * @param edits letters that differ, for a typo
   */
  public record TokenMatch(
      String query, String listed, NameScorer.PairKind kind, double similarity, int edits) {}

  /** The alignment as token matches, in query order. */
  public List<TokenMatch> tokenMatches() {
    List<TokenMatch> out = new ArrayList<>(pairs.size());
    for (NameScorer.Pair p : pairs) {
      out.add(new TokenMatch(queryText(p), candidateText(p), p.kind(), p.similarity(), p.edits()));
    }
    return out;
  }
}
