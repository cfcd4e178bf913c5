package io.sanctionscreen.screening;

import io.sanctionscreen.index.IndexEntry;
import io.sanctionscreen.index.NameSearcher;
import io.sanctionscreen.lists.model.NameKind;
import io.sanctionscreen.matching.Adjustment;
import io.sanctionscreen.matching.NameMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Turns a scored search hit into the hit a caller reads, with its explanation in words. */
final class HitExplainer {

  private HitExplainer() {}

  static ScreenResponse.Hit toHit(NameSearcher.Hit h, PurposeDecider.HitDecision d) {
    IndexEntry e = h.entry();
    return new ScreenResponse.Hit(
        e.entityId(),
        e.source(),
        e.primaryName(),
        h.matchedName().name(),
        round(h.score()),
        e.type(),
        e.programs(),
        explain(h),
        decision(d, e));
  }

  private static ScreenResponse.HitDecision decision(PurposeDecider.HitDecision d, IndexEntry e) {
    List<ScreenResponse.MeasureView> measures = new ArrayList<>(d.measures().size());
    for (MeasuresTable.Measure m : d.measures()) {
      measures.add(
          new ScreenResponse.MeasureView(
              m.code(), m.title(), m.appliesTo(d.purpose()), m.description()));
    }
    return new ScreenResponse.HitDecision(
        d.outcome(),
        d.applicability(),
        d.reason(),
        List.copyOf(measures),
        d.notes(),
        d.unknownPrograms(),
        e.programDates());
  }

  static ScreenResponse.Explanation explain(NameSearcher.Hit h) {
    NameMatch m = h.match();
    IndexEntry.Name listed = h.matchedName();
    List<ScreenResponse.TokenMatch> tokens = new ArrayList<>(m.pairs().size());
    for (NameMatch.TokenMatch t : m.tokenMatches()) {
      tokens.add(
          new ScreenResponse.TokenMatch(t.query(), t.listed(), how(t), round(t.similarity())));
    }
    return new ScreenResponse.Explanation(
        summary(h),
        listed.kind().name(),
        listed.weak(),
        m.candidate().text(),
        tokens,
        m.unmatchedQueryTokens(),
        m.unmatchedCandidateTokens(),
        round(m.queryCoverage()),
        round(m.candidateCoverage()),
        h.adjustments().stream().map(Adjustment::text).toList());
  }

  /** How two tokens compare, in words a compliance officer reads. */
  static String how(NameMatch.TokenMatch t) {
    return switch (t.kind()) {
      case EXACT -> "same word";
      case LEGAL_FORM -> "both legal forms";
      case TYPO -> t.edits() == 1 ? "one letter differs" : t.edits() + " letters differ";
      case VARIANT -> "another spelling of the name";
      case PHONETIC -> "sounds alike";
      case INITIAL -> "initial";
      case JOINED -> "written together in the list";
      case SPLIT -> "written apart in the list";
      case INITIALS -> "initials";
    };
  }

  private static String summary(NameSearcher.Hit h) {
    NameMatch m = h.match();
    int queryWords = m.query().tokens().size();
    int unmatched = m.unmatchedQueryTokens().size();
    IndexEntry.Name listed = h.matchedName();
    String which =
        listed.kind() == NameKind.PRIMARY
            ? "the listed name"
            : (listed.weak() ? "the weak alias" : "the alias");
    String words =
        unmatched == 0
            ? (queryWords == 1
                ? "The query word matches "
                : "All " + queryWords + " query words match ")
            : (queryWords - unmatched) + " of " + queryWords + " query words match ";
    String rest =
        m.unmatchedCandidateTokens().isEmpty()
            ? ""
            : "; the listed name also has " + String.join(" ", m.unmatchedCandidateTokens());
    return String.format(
        Locale.ROOT,
        "%s%s '%s' (name score %.2f%s)%s.",
        words,
        which,
        listed.name(),
        m.score(),
        h.score() != m.score() ? String.format(Locale.ROOT, ", adjusted to %.2f", h.score()) : "",
        rest);
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
