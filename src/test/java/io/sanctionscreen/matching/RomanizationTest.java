package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Romanization keys: spellings of one name under different conventions share a key. */
class RomanizationTest {

  private final NameNormalizer normalizer = new NameNormalizer();

  @ParameterizedTest
  @CsvSource({
    "dzhamal, jamal",
    "djamal, jamal",
    "mokhammad, mohamad",
    "muhammad, muhamad",
    "kontreras, contreras",
    "xiang, ksiang",
    "eksiang, xiang",
    "qasim, kasim",
    "wael, vael",
    "vayel, wael",
    "yebrahim, ebrahim",
    "kayoum, qayoum",
    "yusuf, iusuf",
    "marijanovic, maridzhanovik",
    "gennadievitch, gennadiyevich"
  })
  void sameKey(String a, String b) {
    assertThat(Romanization.key(a)).isEqualTo(Romanization.key(b));
  }

  @ParameterizedTest
  @CsvSource({"jose, rose", "ivan, ivar", "hasan, husain", "petrov, petrova"})
  void differentNamesKeepDifferentKeys(String a, String b) {
    assertThat(Romanization.key(a)).isNotEqualTo(Romanization.key(b));
  }

  @ParameterizedTest
  @CsvSource({"a7, a7", "2162198, 2162198"})
  void digitsAreLeftAsTheyAre(String token, String key) {
    assertThat(Romanization.key(token)).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({
    "ДЖОСЕ ДЕ ДЖЕСУС АМЕЗКУА КОНТРЕРАС, JOSE DE JESUS AMEZCUA CONTRERAS",
    "МОХАММАД ЕБРАХИМ ОВХАДИ, Mohammad Ebrahim OVHADI",
    "ЛДжУБЕ БОСКОВСКИ, LJUBE BOSKOVSKI"
  })
  void cyrillicWrittenFromLatinComesBack(String cyrillic, String latin) {
    NameMatch m =
        new NameScorer()
            .score(
                normalizer.normalize(cyrillic), normalizer.normalize(latin), TokenWeights.UNIFORM);
    assertThat(m.score()).isGreaterThan(0.85);
  }
}
