package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A word no list knows, two letters off a listed word, beside words that agree; and a company named
 * by one word and its legal form against longer listed names. Listed names of the bundled lists;
 * the frequencies are of the order the lists give.
 */
class TwoTyposAndOneWordCompaniesTest {

  private final NameNormalizer normalizer = new NameNormalizer();
  private final NameScorer scorer = new NameScorer();

  private final CorpusTokenWeights weights =
      new CorpusTokenWeights(
          Map.ofEntries(
              Map.entry("adoon", 3),
              Map.entry("general", 4000),
              Map.entry("trading", 5000),
              Map.entry("hossein", 900),
              Map.entry("dehghan", 20),
              Map.entry("tirandaz", 2),
              Map.entry("payam", 30),
              Map.entry("palestinian", 3000),
              Map.entry("martyrs", 150),
              Map.entry("foundation", 1000),
              Map.entry("white", 60),
              Map.entry("tiger", 20),
              Map.entry("albrecht", 10),
              Map.entry("import", 800),
              Map.entry("export", 900),
              Map.entry("sensetime", 5),
              Map.entry("durand", 1),
              Map.entry("properties", 400),
              Map.entry("group", 6000)),
          90_000);

  private NameMatch match(String query, String listed, TokenWeights w) {
    return scorer.score(normalizer.normalize(query), normalizer.normalize(listed), w);
  }

  private double score(String query, String listed) {
    return match(query, listed, weights).score();
  }

  @Test
  void aWordNoListKnowsTwoLettersOffIsATypoBesideAgreeingWords() {
    // A letter changed and two swapped; a letter dropped and two swapped; two letters added.
    assertThat(score("ADOON RENERLA TRADING L.L.C.", "ADOON GENERAL TRADING L.L.C."))
        .isBetween(0.82, 0.89);
    assertThat(score("Hossein EHGHNA", "DEHGHAN, Hossein")).isBetween(0.82, 0.89);
    assertThat(score("Paay TIRANDAZ", "TIRANDAZ, Payam")).isBetween(0.82, 0.89);
    assertThat(score("PALESTINIAN LARTYSR FOUNDATION", "PALESTINIAN MARTYRS FOUNDATION"))
        .isBetween(0.82, 0.89);
    NameMatch m = match("Hossein EHGHNA", "DEHGHAN, Hossein", weights);
    assertThat(m.pairs())
        .anySatisfy(
            p -> {
              assertThat(p.kind()).isEqualTo(NameScorer.PairKind.TYPO);
              assertThat(p.edits()).isEqualTo(2);
            });
  }

  @Test
  void twoLettersOffIsNeverMoreThanAReview() {
    // Every other word equal, the rare listed word two letters off: REVIEW at most.
    assertThat(score("ADOON RENERLA TRADING", "ADOON GENERAL TRADING")).isLessThanOrEqualTo(0.89);
    assertThat(score("ADOON GENERAL TRADING", "ADOON GENERAL TRADING")).isEqualTo(1.0);
  }

  @Test
  void aListedWordTwoLettersOffIsAnotherWord() {
    // "ehghna" in a listed name: a word of its own, not "dehghan" mistyped.
    CorpusTokenWeights knowing =
        new CorpusTokenWeights(Map.of("hossein", 900, "dehghan", 20, "ehghna", 3), 90_000);
    assertThat(match("Hossein EHGHNA", "DEHGHAN, Hossein", knowing).score()).isLessThan(0.82);
  }

  @Test
  void twoLettersOffAloneIsNoHit() {
    // The mistyped word is the only one that could tell parties apart: nothing else agrees.
    assertThat(score("EHGHNA LLC", "DEHGHAN LLC")).isLessThan(0.82);
    assertThat(score("Ehghna", "DEHGHAN")).isLessThan(0.82);
    // Letters not in the listed word: not a typo of it ("Tirandaz" and "Tarbiat").
    assertThat(score("Payam TARBIAZ", "TIRANDAZ, Payam")).isLessThan(0.82);
  }

  @Test
  void oneWordAndALegalFormIsNotALongerListedName() {
    CorpusTokenWeights people =
        new CorpusTokenWeights(
            Map.of("white", 60, "tiger", 20, "albrecht", 10, "import", 800, "export", 900),
            90_000,
            Set.of(),
            Set.of());
    assertThat(match("White PLC", "WHITE TIGER TRADING COMPANY", people).score()).isLessThan(0.82);
    assertThat(match("Albrecht LLC", "Albrecht Import-Export", people).score()).isLessThan(0.82);
    // The listed name itself, and one that adds only generic words and a legal form, still hit.
    assertThat(match("White PLC", "WHITE PLC", people).score()).isEqualTo(1.0);
    assertThat(score("SenseTime Ltd", "SENSETIME GROUP LIMITED")).isGreaterThanOrEqualTo(0.9);
    // A word of one listed party's names only finds that party's longer name.
    assertThat(score("DURAND LIMITED", "DURAND PROPERTIES LIMITED")).isGreaterThanOrEqualTo(0.82);
    // Without a legal form the query is not read as a company's full name: unchanged.
    assertThat(score("Albrecht", "Albrecht Import-Export"))
        .isGreaterThan(match("Albrecht LLC", "Albrecht Import-Export", people).score());
  }
}
