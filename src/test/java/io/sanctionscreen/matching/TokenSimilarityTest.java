package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Token similarity on fixed tokens: each way two words can be the same, with its exact value. */
class TokenSimilarityTest {

  /** The scorer's default parameters (NameScorer.Params.DEFAULT). */
  private final TokenSimilarity similarity = new TokenSimilarity(0.75, 0.72, 0.72, 0.8);

  private void assertCompare(
      String query, String candidate, TokenSimilarity.Kind kind, double value, int edits) {
    TokenSimilarity.Result r = similarity.compare(query, candidate);
    assertThat(r.kind()).as("%s / %s", query, candidate).isEqualTo(kind);
    assertThat(r.similarity()).as("%s / %s", query, candidate).isCloseTo(value, within(1e-9));
    assertThat(r.edits()).as("%s / %s", query, candidate).isEqualTo(edits);
  }

  @Test
  void equalTokensAreExact() {
    assertCompare("sensetime", "sensetime", TokenSimilarity.Kind.EXACT, 1.0, 0);
  }

  @Test
  void typosCostLessInLongerWords() {
    assertCompare("grup", "group", TokenSimilarity.Kind.TYPO, 0.82, 1);
    assertCompare("ivanov", "ivanova", TokenSimilarity.Kind.TYPO, 0.8657142857142857, 1);
    assertCompare("shangtang", "shangtan", TokenSimilarity.Kind.TYPO, 0.8911111111111111, 1);
    assertCompare(
        "international", "internatonal", TokenSimilarity.Kind.TYPO, 0.9184615384615384, 1);
    // Two or three letters one edit apart: the short-typo similarity.
    assertCompare("kim", "kym", TokenSimilarity.Kind.TYPO, 0.72, 1);
    assertCompare("abc", "abd", TokenSimilarity.Kind.TYPO, 0.72, 1);
  }

  @Test
  void twoLetterWordsForThreeWithALetterDroppedAfterTheFirst() {
    assertCompare("km", "kim", TokenSimilarity.Kind.TYPO, 0.72, 1);
    assertCompare("ali", "al", TokenSimilarity.Kind.TYPO, 0.72, 1);
    // The first letter dropped is another word.
    assertCompare("ho", "nho", TokenSimilarity.Kind.NONE, 0.0, 0);
  }

  @Test
  void fiveLetterWordsLengthenedByTwoEditsWithTheirEndsKept() {
    assertCompare("frounst", "front", TokenSimilarity.Kind.TYPO, 1 - 2 * (0.8 / 7) - 0.04, 2);
    // Ends changed: no.
    assertCompare("frounsa", "front", TokenSimilarity.Kind.NONE, 0.0, 0);
  }

  @Test
  void transliterationsOfOneGivenNameAreVariants() {
    assertCompare("mohamed", "muhammad", TokenSimilarity.Kind.VARIANT, 0.95, 0);
    assertCompare("mohammed", "muhamad", TokenSimilarity.Kind.VARIANT, 0.95, 0);
    assertCompare("aleksandr", "alexander", TokenSimilarity.Kind.VARIANT, 0.95, 0);
  }

  @Test
  void soundAlikeSpellingsMeetByTheirKeys() {
    // "katherine" and "kathrin" as keys: two edits, each costing what a typo costs, and a little
    // more for the convention.
    assertCompare(
        "catherine", "kathryn", TokenSimilarity.Kind.TYPO, 1 - 2 * (0.8 / 9) - 0.04 - 0.04, 2);
  }

  @Test
  void spellingConventionsMeetByTheirRomanizationKey() {
    // Russian and English transcriptions: the same key, two edits apart as written.
    assertCompare("dzhamal", "jamal", TokenSimilarity.Kind.VARIANT, 0.93, 0);
    // French "ou" for "u", with a letter more: a typo on the keys, costing a little more.
    assertCompare("putin", "poutine", TokenSimilarity.Kind.TYPO, 1 - 0.8 / 6 - 0.02 - 0.04, 1);
  }

  @Test
  void anInitialStandsForAWord() {
    assertCompare("j", "john", TokenSimilarity.Kind.INITIAL, 0.75, 0);
  }

  @Test
  void legalFormsOfAnyKindMeet() {
    assertCompare("ltd", "llc", TokenSimilarity.Kind.LEGAL_FORM, 1.0, 0);
  }

  @Test
  void unrelatedWordsDoNotMeet() {
    assertCompare("acme", "zenith", TokenSimilarity.Kind.NONE, 0.0, 0);
    assertCompare("qadeer", "nadir", TokenSimilarity.Kind.NONE, 0.0, 0);
  }

  @Test
  void editBudgetGrowsWithLength() {
    int[] lengths = {1, 3, 4, 5, 6, 7, 8, 11, 12, 20};
    int[] allowed = {0, 0, 1, 1, 2, 2, 2, 2, 3, 3};
    for (int i = 0; i < lengths.length; i++) {
      assertThat(TokenSimilarity.allowedEdits(lengths[i]))
          .as("length %d", lengths[i])
          .isEqualTo(allowed[i]);
    }
  }

  @Test
  void optimalStringAlignmentCountsATranspositionOnce() {
    assertThat(TokenSimilarity.osaDistance("grup", "group", 3)).isEqualTo(1);
    assertThat(TokenSimilarity.osaDistance("abcd", "abdc", 3)).isEqualTo(1);
    assertThat(TokenSimilarity.osaDistance("kitten", "sitting", 3)).isEqualTo(3);
    // Past the bound it answers the bound plus one, without computing further.
    assertThat(TokenSimilarity.osaDistance("a", "bcdef", 2)).isEqualTo(3);
  }

  @Test
  void jaroWinklerOnKnownPairs() {
    assertThat(TokenSimilarity.jaroWinkler("martha", "marhta"))
        .isCloseTo(0.9611111111111111, within(1e-12));
    assertThat(TokenSimilarity.jaroWinkler("dixon", "dicksonx"))
        .isCloseTo(0.8133333333333332, within(1e-12));
    assertThat(TokenSimilarity.jaroWinkler("sensetime", "sensetime")).isEqualTo(1.0);
    assertThat(TokenSimilarity.jaroWinkler("abc", "xyz")).isEqualTo(0.0);
  }

  /** Double Metaphone keys of romanized names from several scripts, as the index stores them. */
  @Test
  void phoneticKeys() {
    assertThat(TokenSimilarity.phoneticKey("sensetime")).isEqualTo("SNSTM");
    // Cyrillic "Владимир Путин", romanized.
    assertThat(TokenSimilarity.phoneticKey("vladimir")).isEqualTo("FLTMR");
    assertThat(TokenSimilarity.phoneticKey("putin")).isEqualTo("PTN");
    // Han 商汤, in pinyin.
    assertThat(TokenSimilarity.phoneticKey("shangtang")).isEqualTo("XNKTNK");
    // Arabic محمد in two romanizations: one key.
    assertThat(TokenSimilarity.phoneticKey("mohammed")).isEqualTo("MHMT");
    assertThat(TokenSimilarity.phoneticKey("muhammad")).isEqualTo("MHMT");
    // Hangul 김정은, romanized.
    assertThat(TokenSimilarity.phoneticKey("kim")).isEqualTo("KM");
    assertThat(TokenSimilarity.phoneticKey("jong")).isEqualTo("JNK");
    // Persian تهران.
    assertThat(TokenSimilarity.phoneticKey("tehran")).isEqualTo("TRN");
    assertThat(TokenSimilarity.phoneticKey("schmidt")).isEqualTo("XMT");
    assertThat(TokenSimilarity.soundAlike("mohammed", "muhamad")).isTrue();
    assertThat(TokenSimilarity.soundAlike("putin", "smith")).isFalse();
  }
}
