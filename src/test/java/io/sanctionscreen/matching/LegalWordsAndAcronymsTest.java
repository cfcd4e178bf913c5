package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Legal-form words split by a space or run into a name, a name's own acronym, place words, and the
 * weaker evidence of a query with one identifying word.
 */
class LegalWordsAndAcronymsTest {

  private final NameNormalizer normalizer = new NameNormalizer();
  private final NameScorer scorer = new NameScorer();

  private String norm(String s) {
    return normalizer.normalize(s).text();
  }

  private double score(String query, String listed, TokenWeights weights) {
    return scorer.score(normalizer.normalize(query), normalizer.normalize(listed), weights).score();
  }

  @ParameterizedTest
  @CsvSource({
    "JOINT STOCK COM PANY NEW TOWERS, JOINT STOCK COMPANY NEW TOWERS",
    "WAYTOP INDUSTRIAL LIM ITED, WAYTOP INDUSTRIAL LIMITED",
    "PUBLIC JOINT STOCKCOMPANY SASTA, PUBLIC JOINT STOCK COMPANY SASTA",
    "AKTSIONERNOE OBSHCHESTVOTASKOM, AKTSIONERNOE OBSHCHESTVO TASKOM",
    "LIMITED LIABILITY COMPANYNAVIGATOR, LIMITED LIABILITY COMPANY NAVIGATOR",
    "VABO SYSTEMSEOOD, VABO SYSTEMS EOOD",
    "OSTEC-ARTTOOLLTD, OSTEC-ARTTOOL LTD",
    "TARA LMIMTTED, TARA LIMITED",
    "LIMITED LIABILITY CSOPANY POBEDA, LIMITED LIABILITY COMPANY POBEDA"
  })
  void splitAndMergedLegalWordsNormalizeAlike(String written, String listed) {
    assertThat(norm(written)).isEqualTo(norm(listed));
  }

  @ParameterizedTest
  @CsvSource({
    "Stockholm Trading, stockholm",
    "Compass Minerals, compass",
    "Kansas Foods, kansas",
    "Complex Systems, complex"
  })
  void ordinaryWordsAreNotSplit(String name, String word) {
    assertThat(normalizer.normalize(name).tokens()).contains(word);
  }

  @Test
  void aNamesOwnAcronymWeighsLittle() {
    TokenWeights uniform = TokenWeights.UNIFORM;
    assertThat(
            score(
                "KOREA KWANGSON BANKING CORPORATION",
                "KOREA KWANGSON BANKING CORPORATION (KKBC)",
                uniform))
        .isGreaterThan(0.95);
    assertThat(score("Rapid Action Battalion (RAB)", "RAPID ACTION BATTALION", uniform))
        .isGreaterThan(0.95);
  }

  @Test
  void placeWordsWeighLittle() {
    CorpusTokenWeights weights =
        new CorpusTokenWeights(
            Map.of("rapid", 3, "action", 20, "battalion", 3, "bangladesh", 40),
            60_000,
            Set.of("bangladesh"),
            Set.of());
    assertThat(score("Bangladesh Rapid Action Battalion (RAB)", "RAPID ACTION BATTALION", weights))
        .isGreaterThanOrEqualTo(0.82);
    assertThat(weights.weight("bangladesh")).isLessThan(weights.weight("battalion") / 3);
  }

  @Test
  void commonFamilyNameWithAGivenNameALetterOffIsAReviewAtMost() {
    // "kim" is in hundreds of listed names, "jong" and "sik" in fewer.
    CorpusTokenWeights weights =
        new CorpusTokenWeights(Map.of("kim", 900, "jong", 300, "sik", 40), 60_000);
    NameMatch m =
        scorer.score(
            normalizer.normalize("Kim Yong Sik"), normalizer.normalize("KIM JONG SIK"), weights);
    assertThat(m.score()).isLessThan(0.9);
    assertThat(score("Kim Jong Sik", "KIM JONG SIK", weights)).isEqualTo(1.0);
  }

  @Test
  void oneIdentifyingWordProvesLessThanAName() {
    // "kron" and "castro" occur in many listed people's names; "zravo" in no name.
    CorpusTokenWeights weights =
        new CorpusTokenWeights(
            Map.of("kron", 40, "pumping", 5, "castro", 60, "caspro", 1, "zdravo", 1),
            60_000,
            Set.of(),
            Set.of("kron", "castro"));
    // A common word inside a longer listed name, or one letter from a listed word: below the
    // review threshold.
    assertThat(score("Kron LLC", "LIMITED LIABILITY COMPANY PUMPING COMPANY KRON", weights))
        .isLessThan(0.82);
    assertThat(score("Castro OOO", "CASPRO OOO", weights)).isLessThan(0.82);
    // A word no list knows is likelier the listed one misspelt; the listed name itself is a hit.
    assertThat(score("Zravo", "ZDRAVO", weights)).isGreaterThanOrEqualTo(0.82);
    assertThat(score("Kron LLC", "KRON LLC", weights)).isEqualTo(1.0);
  }
}
