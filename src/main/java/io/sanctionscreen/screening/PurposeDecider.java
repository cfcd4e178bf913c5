package io.sanctionscreen.screening;

import io.sanctionscreen.index.IndexEntry;
import io.sanctionscreen.index.NameSearcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Decides what hits mean for the caller's purpose: each hit's measures (from the {@link
 * MeasuresTable}) either restrict the purpose, may restrict it, or do not; with the hit's score
 * this gives BLOCK, REVIEW or CLEAR and a reason in words. The screening's outcome is its most
 * severe hit's.
 */
public final class PurposeDecider {

  /** Review and block thresholds for one purpose. */
  public record Thresholds(double review, double block) {
    public Thresholds {
      if (review < 0 || review > 1 || block < 0 || block > 1 || block < review) {
        throw new IllegalArgumentException(
            "thresholds must satisfy 0 <= review <= block <= 1: " + review + ", " + block);
      }
    }
  }

  /**
   * One hit's decision.
   *
   * @param purpose the purpose decided for
   * @param transactionDate the day the caller acts, against which the entry's dates were read
   * @param outcome BLOCK, REVIEW or CLEAR
   * @param applicability whether the listing restricts the purpose on that day
   * @param measures the measures the listing carries
   * @param effects what each measure means for the purpose on that day, in measure order
   * @param notes the measures table's notes and what the dates mean
   * @param unknownPrograms programs the measures table does not know
   * @param reason why, in words, naming the dates used
   */
  public record HitDecision(
      Purpose purpose,
      LocalDate transactionDate,
      Outcome outcome,
      Applicability applicability,
      List<MeasuresTable.Measure> measures,
      List<MeasuresTable.Effect> effects,
      List<String> notes,
      List<String> unknownPrograms,
      String reason) {}

  /** The screening's decision: the outcome, why, and each hit's decision in hit order. */
  public record Decision(Outcome outcome, String reason, List<HitDecision> hits) {}

  private final MeasuresTable table;
  private final Function<Purpose, Thresholds> thresholds;
  private final Outcome unrestrictedOutcome;

  public PurposeDecider(
      MeasuresTable table, Function<Purpose, Thresholds> thresholds, Outcome unrestrictedOutcome) {
    if (unrestrictedOutcome == Outcome.BLOCK) {
      throw new IllegalArgumentException("a hit whose measures do not apply cannot BLOCK");
    }
    this.table = table;
    this.thresholds = thresholds;
    this.unrestrictedOutcome = unrestrictedOutcome;
  }

  /** The thresholds in force for a purpose (null: no purpose stated). */
  public Thresholds thresholds(Purpose purpose) {
    return thresholds.apply(purpose);
  }

  /** The measures table's version, recorded with each decision. */
  public String measuresVersion() {
    return table.version();
  }

  /**
   * Decides a screening's hits for a purpose (null: none stated, every measure counts) on the day
   * the caller acts: each measure's governing dates in the entry are read against it.
   */
  public Decision decide(List<NameSearcher.Hit> hits, Purpose purpose, LocalDate transactionDate) {
    Thresholds t = thresholds.apply(purpose);
    List<HitDecision> decisions = new ArrayList<>(hits.size());
    int deciding = -1;
    for (NameSearcher.Hit h : hits) {
      HitDecision d = decide(h, purpose, t, transactionDate);
      decisions.add(d);
      // Hits come best first: the first of the most severe outcome decides.
      if (deciding < 0 || d.outcome().ordinal() < decisions.get(deciding).outcome().ordinal()) {
        deciding = decisions.size() - 1;
      }
    }
    Outcome outcome = deciding < 0 ? Outcome.CLEAR : decisions.get(deciding).outcome();
    String reason =
        deciding < 0
            ? String.format(
                Locale.ROOT, "No listed party scores %.2f or more against this name.", t.review())
            : decisions.get(deciding).reason();
    return new Decision(outcome, reason, List.copyOf(decisions));
  }

  private HitDecision decide(
      NameSearcher.Hit h, Purpose purpose, Thresholds t, LocalDate transactionDate) {
    IndexEntry e = h.entry();
    MeasuresTable.Resolved resolved = table.resolve(e.source(), e.programs());
    Applicability applies = Applicability.DOES_NOT_APPLY;
    List<String> notes = new ArrayList<>(resolved.notes());
    List<MeasuresTable.Effect> effects = new ArrayList<>();
    List<String> dated = new ArrayList<>();
    for (MeasuresTable.Measure m : resolved.measures()) {
      MeasuresTable.Effect effect = m.on(purpose, transactionDate, e.programDates());
      effects.add(effect);
      applies = applies.max(effect.applicability());
      if (effect.note() != null) {
        String note = m.title() + ": " + effect.note();
        notes.add(note);
        dated.add(note);
      }
      for (String missing : effect.missing()) {
        notes.add(m.title() + ": " + missing + "; read as in force");
      }
    }
    String who =
        String.format(Locale.ROOT, "%s (%s, score %.2f)", e.primaryName(), e.entityId(), h.score());
    String listing = listing(e, resolved, dated.isEmpty());
    String forWhat = purpose == null ? "any purpose" : purpose.name();
    Outcome outcome;
    String reason;
    if (h.score() < t.review()) {
      outcome = Outcome.CLEAR;
      reason = who + " scores below the review threshold " + fmt(t.review()) + ".";
    } else if (applies == Applicability.APPLIES && h.score() >= t.block()) {
      outcome = Outcome.BLOCK;
      reason =
          who
              + " is "
              + listing
              + ": "
              + restricting(effects)
              + " restricts "
              + forWhat
              + onDate(transactionDate, dated)
              + ".";
    } else if (applies == Applicability.APPLIES) {
      outcome = Outcome.REVIEW;
      reason =
          "Possible match: "
              + who
              + " is "
              + listing
              + ", which restricts "
              + forWhat
              + onDate(transactionDate, dated)
              + "; the score is below "
              + fmt(t.block())
              + ", so a person must confirm the identity.";
    } else if (applies == Applicability.MAY_APPLY) {
      outcome = Outcome.REVIEW;
      reason =
          who
              + " is "
              + listing
              + "; whether it restricts "
              + forWhat
              + onDate(transactionDate, dated)
              + " depends on the details"
              + (resolved.unknownPrograms().isEmpty()
                  ? ""
                  : " (programs not in the measures table: "
                      + String.join(", ", resolved.unknownPrograms())
                      + ")")
              + ": a person must decide.";
    } else {
      outcome = unrestrictedOutcome;
      reason =
          who
              + " is "
              + listing
              + ", which does not restrict "
              + forWhat
              + onDate(transactionDate, dated)
              + (outcome == Outcome.REVIEW
                  ? "; confirm that no other restriction applies."
                  : "; reported, not blocked.");
    }
    return new HitDecision(
        purpose,
        transactionDate,
        outcome,
        applies,
        resolved.measures(),
        List.copyOf(effects),
        List.copyOf(notes),
        resolved.unknownPrograms(),
        reason);
  }

  /** " on 2022-03-01 (the ban is in force since ...; ...)": the dates the decision used. */
  private static String onDate(LocalDate transactionDate, List<String> dated) {
    if (dated.isEmpty()) {
      return "";
    }
    return " on " + transactionDate + " (" + String.join("; ", dated) + ")";
  }

  private static String listing(IndexEntry e, MeasuresTable.Resolved resolved, boolean withDates) {
    StringBuilder b = new StringBuilder("listed");
    if (!e.programs().isEmpty()) {
      b.append(" under ").append(String.join(", ", e.programs()));
    }
    b.append(" (");
    List<String> titles = new ArrayList<>();
    for (MeasuresTable.Measure m : resolved.measures()) {
      titles.add(m.title());
    }
    b.append(String.join("; ", titles)).append(')');
    String dates = withDates ? dates(e.programDates()) : "";
    if (!dates.isEmpty()) {
      b.append(", ").append(dates);
    }
    return b.toString();
  }

  private static String restricting(List<MeasuresTable.Effect> effects) {
    List<String> titles = new ArrayList<>();
    for (MeasuresTable.Effect m : effects) {
      if (m.applicability() == Applicability.APPLIES) {
        titles.add(m.measure().title());
      }
    }
    return String.join(" and ", titles);
  }

  private static String dates(Map<String, String> programDates) {
    List<String> parts = new ArrayList<>();
    programDates.forEach((k, v) -> parts.add(k + " " + v));
    return String.join(", ", parts);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
