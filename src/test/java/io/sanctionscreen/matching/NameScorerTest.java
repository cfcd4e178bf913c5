package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One test per behaviour of the scorer, on fixed names. */
class NameScorerTest {

  private final NameNormalizer normalizer = new NameNormalizer();
  private final NameScorer scorer = new NameScorer();

  private NameMatch match(String query, String listed) {
    return scorer.score(
        normalizer.normalize(query), normalizer.normalize(listed), TokenWeights.UNIFORM);
  }

  private double score(String query, String listed) {
    return match(query, listed).score();
  }

  private List<NameScorer.PairKind> kinds(String query, String listed) {
    return match(query, listed).pairs().stream().map(NameScorer.Pair::kind).toList();
  }

  @Test
  void sameNameScoresOne() {
    assertThat(score("SenseTime Group Limited", "SENSETIME GROUP LIMITED")).isEqualTo(1.0);
  }

  @Test
  void wordOrderDoesNotMatter() {
    assertThat(score("Abdul Qadeer Khan", "KHAN, Abdul Qadeer")).isEqualTo(1.0);
    assertThat(score("Group SenseTime Limited", "SENSETIME GROUP LIMITED")).isEqualTo(1.0);
  }

  @Test
  void oneTypoCostsLessInALongWord() {
    double shortWord = score("Zravo", "ZDRAVO");
    double longWord = score("Vekselbrg", "VEKSELBERG");
    assertThat(shortWord).isCloseTo(0.847, within(0.001));
    assertThat(longWord).isCloseTo(0.90, within(0.001));
    assertThat(kinds("Vekselbrg", "VEKSELBERG")).containsExactly(NameScorer.PairKind.TYPO);
  }

  @Test
  void twoTyposOnlyInLongWords() {
    // Six letters or more allow two edits (below eight, only with the first letter kept); five
    // allow one.
    assertThat(kinds("Vekslbrg", "VEKSELBERG")).containsExactly(NameScorer.PairKind.TYPO);
    assertThat(kinds("Evglein", "EVGENI")).containsExactly(NameScorer.PairKind.TYPO);
    assertThat(score("General", "CENTRAL")).isZero();
    assertThat(score("Gnral", "GENERAL")).isZero();
  }

  @Test
  void shortWordsAllowOneEditOnly() {
    assertThat(kinds("Hezheng UL", "LU, Hezheng"))
        .containsExactly(NameScorer.PairKind.EXACT, NameScorer.PairKind.TYPO);
    assertThat(score("Abc", "XYZ")).isZero();
  }

  @Test
  void splitAndJoinedWords() {
    assertThat(kinds("Sense Time Group", "SENSETIME GROUP"))
        .containsExactly(NameScorer.PairKind.JOINED, NameScorer.PairKind.EXACT);
    assertThat(kinds("SenseTime Group", "SENSE TIME GROUP"))
        .containsExactly(NameScorer.PairKind.SPLIT, NameScorer.PairKind.EXACT);
    assertThat(score("Sense Time Group", "SENSETIME GROUP")).isGreaterThan(0.95);
  }

  @Test
  void initials() {
    // "A. Q." becomes the initialism "aq", which spells the first letters of "Abdul Qadeer".
    NameMatch m = match("A. Q. Khan", "KHAN, Abdul Qadeer");
    assertThat(m.pairs())
        .extracting(NameScorer.Pair::kind)
        .containsExactly(NameScorer.PairKind.INITIALS, NameScorer.PairKind.EXACT);
    assertThat(m.score()).isCloseTo(0.864, within(0.001));
    assertThat(kinds("Ayman Z", "Ayman ZAWAHIRI"))
        .containsExactly(NameScorer.PairKind.EXACT, NameScorer.PairKind.INITIAL);
  }

  @Test
  void missingMiddleNameIsAStrongHitMissingEdgeIsWeaker() {
    double middle = score("Irina FILATOVA", "Irina Anatolyevna FILATOVA");
    double edge = match("Patrick Ryan", "Damion Patrick RYAN").score();
    assertThat(middle).isCloseTo(0.91, within(0.01));
    assertThat(edge).isLessThan(middle);
    assertThat(match("Patrick Ryan", "Damion Patrick RYAN").notes())
        .containsExactly("the first or last word of the listed name is missing");
  }

  @Test
  void legalFormsAreOneClassAndWeighLittle() {
    assertThat(kinds("Acme Limited", "ACME LLC"))
        .containsExactly(NameScorer.PairKind.EXACT, NameScorer.PairKind.LEGAL_FORM);
    assertThat(score("SenseTime Group", "SENSETIME GROUP LIMITED")).isGreaterThan(0.95);
    assertThat(score("Limited Liability Company", "LLC SBERBANK")).isZero();
  }

  @Test
  void legalFormsOfDifferentKindsLowerTheScore() {
    NameMatch m = match("Acme Inc", "ACME LLC");
    assertThat(m.score()).isCloseTo(0.9, within(0.001));
    assertThat(m.notes()).containsExactly("legal forms of different kinds: 'inc' and 'llc'");
    assertThat(match("Acme Co", "ACME LLC").notes()).isEmpty();
  }

  @Test
  void misspeltLegalFormsStillPair() {
    assertThat(score("HARA COPMANY", "HARA COMPANY")).isEqualTo(1.0);
    assertThat(score("BM PROEKT OKO", "BM PROEKT, OOO")).isGreaterThan(0.9);
  }

  @Test
  void transliterationVariantsOfGivenNames() {
    assertThat(kinds("Mohamed Atta", "Muhammad ATTA"))
        .containsExactly(NameScorer.PairKind.VARIANT, NameScorer.PairKind.EXACT);
    assertThat(score("Aleksandr Petrov", "Alexander PETROV")).isGreaterThan(0.95);
  }

  @Test
  void genericWordsAloneMatchNothing() {
    assertThat(score("Financial Group", "RUSSIAN FINANCIAL GROUP")).isZero();
    assertThat(score("International Trading", "INTERNATIONAL TRADING")).isEqualTo(1.0);
  }

  @Test
  void rareWordsWeighMoreThanCommonOnes() {
    CorpusTokenWeights weights =
        new CorpusTokenWeights(Map.of("al", 5000, "rahman", 400, "zawahiri", 2), 60_000);
    assertThat(weights.weight("zawahiri")).isGreaterThan(weights.weight("rahman"));
    assertThat(weights.weight("rahman")).isGreaterThan(weights.weight("al"));
    NormalizedName listed = normalizer.normalize("AL ZAWAHIRI, Ayman");
    double rareMissing = scorer.score(normalizer.normalize("Ayman al"), listed, weights).score();
    double commonMissing =
        scorer.score(normalizer.normalize("Ayman Zawahiri"), listed, weights).score();
    assertThat(commonMissing).isGreaterThan(rareMissing);
  }

  @Test
  void scriptsMeet() {
    assertThat(score("Владимир Путин", "PUTIN, Vladimir")).isEqualTo(1.0);
    assertThat(score("北京商汤科技开发有限公司", "Beijing Shangtang Technology Development Co., Ltd."))
        .isGreaterThan(0.95);
    assertThat(score("S\u0435nse\u200bTime", "SENSETIME")).isEqualTo(1.0);
  }

  @Test
  void explanationSaysHowEachPairMatched() {
    List<NameMatch.TokenMatch> tokens = match("Sense Time Grup", "SENSETIME GROUP").tokenMatches();
    assertThat(tokens)
        .extracting(
            NameMatch.TokenMatch::query,
            NameMatch.TokenMatch::listed,
            NameMatch.TokenMatch::kind,
            NameMatch.TokenMatch::edits)
        .containsExactly(
            tuple("sense time", "sensetime", NameScorer.PairKind.JOINED, 0),
            tuple("grup", "group", NameScorer.PairKind.TYPO, 1));
    assertThat(tokens.get(0).similarity()).isCloseTo(0.98, within(0.005));
    assertThat(tokens.get(1).similarity()).isCloseTo(0.82, within(0.005));
    assertThat(match("Acme Widgets", "ACME").unmatchedQueryTokens()).containsExactly("widgets");
  }
}
