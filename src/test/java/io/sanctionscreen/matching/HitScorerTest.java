package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a hit's score becomes beside its name score, and the reason given for each change: weak
 * aliases, types, dates of birth, countries, identifiers.
 */
class HitScorerTest {

  private final NameNormalizer normalizer = new NameNormalizer();
  private final NameScorer names = new NameScorer();
  private final HitScorer hits = new HitScorer(HitScorer.Params.DEFAULT);

  private NameMatch match(String query, String listed) {
    return names.score(
        normalizer.normalize(query), normalizer.normalize(listed), TokenWeights.UNIFORM);
  }

  private static HitScorer.Listed person(boolean weak, List<String> born, List<String> countries) {
    return new HitScorer.Listed(PartyType.PERSON, weak, born, countries);
  }

  @Test
  void agreeingFactsRaiseAStrongNameScoreALittle() {
    NameMatch m = match("Vladimr Putin", "PUTIN, Vladimir");
    assertThat(m.score()).isBetween(0.75, 0.95);
    HitScorer.Scored s =
        hits.score(
            m,
            new HitScorer.Query(PartyType.PERSON, "1952-10-07", "Russia"),
            person(false, List.of("1952-10-07"), List.of("Russian Federation")));
    assertThat(s.score()).isCloseTo(Math.min(1.0, m.score() + 0.05 + 0.02), within(1e-9));
    assertThat(s.adjustments())
        .extracting(Adjustment::kind, Adjustment::text)
        .containsExactly(
            tuple(
                Adjustment.Kind.BIRTH_DATE,
                "date of birth 1952-10-07 agrees with the listed 1952-10-07 (+0.05)"),
            tuple(
                Adjustment.Kind.COUNTRY,
                "country Russia agrees with the listed Russian Federation (+0.02)"));
    assertThat(s.adjustments().get(0).raise()).isCloseTo(0.05, within(1e-9));
  }

  @Test
  void conflictsLowerAndAreSaid() {
    NameMatch m = match("Vladimr Putin", "PUTIN, Vladimir");
    HitScorer.Scored s =
        hits.score(
            m,
            new HitScorer.Query(PartyType.ORGANIZATION, "1960", "France"),
            person(true, List.of("1952-10-07"), List.of("Russia")));
    assertThat(s.score()).isCloseTo(m.score() * 0.85 * 0.85 * 0.85 * 0.95, within(1e-9));
    assertThat(s.adjustments())
        .extracting(Adjustment::text)
        .containsExactly(
            "matched a weak alias, which the list says not to match on its own unless very close",
            "the query is a organization, the entry a person",
            "date of birth 1960 differs from every listed one (1952-10-07) (x0.85)",
            "country France is not among the listed Russia (x0.95)");
    assertThat(s.adjustments())
        .extracting(Adjustment::factor)
        .containsExactly(0.85, 0.85, 0.85, 0.95);
  }

  @Test
  void aWeakNameScoreIsNotRaisedButTheFactIsNoted() {
    NameMatch m = match("Vladimir Putn", "PUTIN, Vladimir Vladimirovich");
    assertThat(m.score()).isLessThan(0.75);
    HitScorer.Scored s =
        hits.score(
            m, new HitScorer.Query(null, "1953", null), person(false, List.of("1952"), List.of()));
    assertThat(s.score()).isEqualTo(m.score());
    assertThat(s.adjustments())
        .extracting(Adjustment::kind, Adjustment::text)
        .containsExactly(
            tuple(Adjustment.Kind.NAME, "the first or last word of the listed name is missing"),
            tuple(Adjustment.Kind.BIRTH_DATE, "year of birth 1953 is a year from the listed 1952"));
  }

  @Test
  void anEqualIdentifierIsAMatchWhateverTheName() {
    NameMatch m = match("Harbour View Holdings", "SENSETIME GROUP LIMITED");
    HitScorer.Scored base =
        hits.score(
            m,
            new HitScorer.Query(null, null, null),
            new HitScorer.Listed(PartyType.ORGANIZATION, false, List.of(), List.of()));
    HitScorer.Scored s =
        HitScorer.identified(base, null, "C.R. No.:2162198", "C.R. No.", "2162198");
    assertThat(s.score()).isEqualTo(1.0);
    assertThat(s.adjustments().get(0).kind()).isEqualTo(Adjustment.Kind.IDENTIFIER);
    assertThat(s.adjustments().get(0).text())
        .isEqualTo(
            "identifier C.R. No.:2162198 equals the listed C.R. No. 2162198: a match whatever"
                + " the name says");
  }
}
