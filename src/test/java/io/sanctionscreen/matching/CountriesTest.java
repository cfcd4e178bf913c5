package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Countries as lists and callers write them, read into ISO 3166 codes, on fixed names. */
class CountriesTest {

  @Test
  void namesCodesAndListSpellingsReadAsOneCode() {
    assertThat(Countries.code("Korea, North")).isEqualTo("KP");
    assertThat(Countries.code("DPRK")).isEqualTo("KP");
    assertThat(Countries.code("Russian Federation")).isEqualTo("RU");
    assertThat(Countries.code("RUS")).isEqualTo("RU");
    assertThat(Countries.code("ru")).isEqualTo("RU");
    assertThat(Countries.code("Iran, Islamic Republic of")).isEqualTo("IR");
    assertThat(Countries.code("UK")).isEqualTo("GB");
    assertThat(Countries.code("Burma")).isEqualTo("MM");
    assertThat(Countries.code("Hong Kong SAR")).isEqualTo("HK");
  }

  @Test
  void diacriticsAndPunctuationDoNotCount() {
    assertThat(Countries.code("Côte d'Ivoire")).isEqualTo("CI");
    assertThat(Countries.code("Cote d Ivoire")).isEqualTo("CI");
    assertThat(Countries.code("Türkiye")).isEqualTo("TR");
    assertThat(Countries.code("Turkey")).isEqualTo("TR");
  }

  @Test
  void unknownOrEmptyIsNull() {
    assertThat(Countries.code("Atlantis")).isNull();
    assertThat(Countries.code("")).isNull();
    assertThat(Countries.code(null)).isNull();
  }

  @Test
  void hongKongAndMacauAgreeWithChinaNotWithEachOther() {
    assertThat(Countries.agree("HK", "CN")).isTrue();
    assertThat(Countries.agree("CN", "MO")).isTrue();
    assertThat(Countries.agree("HK", "MO")).isFalse();
    assertThat(Countries.agree("KP", "KR")).isFalse();
    assertThat(Countries.agree("RU", null)).isFalse();
  }

  @Test
  void codesOfSeveralNamesKeepOrderAndDropUnknown() {
    assertThat(Countries.codes(List.of("Russia", "Atlantis", "RU", "China", "Hong Kong")))
        .containsExactly("RU", "CN", "HK");
    assertThat(Countries.codes(Arrays.asList("Atlantis", "Narnia"))).isEmpty();
  }
}
