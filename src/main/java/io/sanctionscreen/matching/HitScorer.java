package io.sanctionscreen.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a name match into a hit's score with what else is known of both parties: a weak alias and a
 * different kind of party lower it, a date of birth or a country that agrees raises it a little and
 * one that conflicts lowers it ({@link Features}), and an identifier equal to a listed one makes it
 * a match whatever the name says. Every change comes with its reason.
 */
public final class HitScorer {

  /** Parameters of the adjustments. */
  public record Params(double typeMismatchFactor, double weakAliasFactor) {

    /** Defaults; see the evaluation in the README for how they were chosen. */
    public static final Params DEFAULT = new Params(0.85, 0.85);
  }

  /**
   * What the caller says of the party beside its name.
   *
   * @param type the kind of party, or null
   * @param birthDate date of birth (YYYY, YYYY-MM or YYYY-MM-DD), or null
   * @param country a country tied to the party, or null
   */
  public record Query(PartyType type, String birthDate, String country) {}

  /**
   * What the list says of the entry beside the matched name.
   *
   * @param type the kind of party, or null
   * @param weakAlias whether the name matched is a weak alias
   * @param birthDates the listed dates of birth
   * @param countries countries the entry is tied to (nationality, citizenship, addresses)
   */
  public record Listed(
      PartyType type, boolean weakAlias, List<String> birthDates, List<String> countries) {}

  /**
   * A hit's score and what made it differ from the name score.
   *
   * @param score in [0, 1]
   * @param adjustments in the order they were applied
   */
  public record Scored(double score, List<Adjustment> adjustments) {

    public Scored {
      adjustments = List.copyOf(adjustments);
    }
  }

  /** A weak alias close to this or closer counts as any name. */
  private static final double WEAK_ALIAS_CLOSE = 0.97;

  private final Params params;

  public HitScorer(Params params) {
    this.params = params;
  }

  /** Scores a name match with the facts beside the names. */
  public Scored score(NameMatch match, Query query, Listed listed) {
    double score = match.score();
    List<Adjustment> adjustments = new ArrayList<>();
    for (String note : match.notes()) {
      // Already in the name score.
      adjustments.add(Adjustment.note(Adjustment.Kind.NAME, note));
    }
    if (listed.weakAlias() && score < WEAK_ALIAS_CLOSE) {
      score *= params.weakAliasFactor();
      adjustments.add(
          new Adjustment(
              Adjustment.Kind.WEAK_ALIAS,
              params.weakAliasFactor(),
              0,
              "matched a weak alias, which the list says not to match on its own unless very"
                  + " close"));
    }
    if (query.type() != null && listed.type() != null && query.type() != listed.type()) {
      score *= params.typeMismatchFactor();
      adjustments.add(
          new Adjustment(
              Adjustment.Kind.TYPE_MISMATCH,
              params.typeMismatchFactor(),
              0,
              "the query is a " + query.type().words() + ", the entry a " + listed.type().words()));
    }
    double nameScore = score;
    for (Adjustment.Kind kind : List.of(Adjustment.Kind.BIRTH_DATE, Adjustment.Kind.COUNTRY)) {
      Features.Effect f =
          kind == Adjustment.Kind.BIRTH_DATE
              ? Features.birthDate(query.birthDate(), listed.type(), listed.birthDates())
              : Features.country(query.country(), listed.countries());
      if (f.note() == null) {
        continue;
      }
      if (f.factor() != 1) {
        score *= f.factor();
        adjustments.add(
            new Adjustment(
                kind,
                f.factor(),
                0,
                f.note() + String.format(Locale.ROOT, " (x%.2f)", f.factor())));
      } else if (f.raise() > 0 && nameScore >= Features.RAISE_FLOOR) {
        double raised = Math.min(1.0, score + f.raise());
        adjustments.add(
            new Adjustment(
                kind,
                1,
                raised - score,
                f.note() + String.format(Locale.ROOT, " (+%.2f)", f.raise())));
        score = raised;
      } else {
        adjustments.add(Adjustment.note(kind, f.note()));
      }
    }
    return new Scored(score, adjustments);
  }

  /**
   * An identifier equal to a listed one is a hit on its own, whatever the name says: score 1, the
   * name's adjustments kept after the reason.
   *
   * @param base the entry's best name score
   * @param queryType the type the caller gave the identifier, or null
   * @param queryValue the identifier the caller gave
   * @param listedType the listed identifier's type
   * @param listedValue the listed identifier
   */
  public static Scored identified(
      Scored base, String queryType, String queryValue, String listedType, String listedValue) {
    List<Adjustment> adjustments = new ArrayList<>(base.adjustments().size() + 1);
    adjustments.add(
        new Adjustment(
            Adjustment.Kind.IDENTIFIER,
            1,
            1 - base.score(),
            "identifier "
                + (queryType == null ? "" : queryType + " ")
                + queryValue
                + " equals the listed "
                + listedType
                + " "
                + listedValue
                + ": a match whatever the name says"));
    adjustments.addAll(base.adjustments());
    return new Scored(1.0, adjustments);
  }
}
