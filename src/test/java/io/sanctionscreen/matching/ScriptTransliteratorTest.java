package io.sanctionscreen.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Romanization of each script the lists and callers write in, before the normalizer folds
 * diacritics and case: the systems the sanctions lists use (BGN/PCGN, UNGEGN, pinyin), not ICU's
 * scholarly defaults.
 */
class ScriptTransliteratorTest {

  @Test
  void russianCyrillicByBgnPcgn() {
    assertThat(ScriptTransliterator.toLatin("Владимир Путин")).isEqualTo("Vladimir Putin");
  }

  @Test
  void ukrainianAndBelarusianByTheirOwnTables() {
    assertThat(ScriptTransliterator.toLatin("Володимир Зеленський"))
        .isEqualTo("Volodimir Zelens\u02b9kiy");
    assertThat(ScriptTransliterator.toLatin("Аляксандр Лукашэнка"))
        .isEqualTo("Alyaksandr Lukash\u00b7enka");
  }

  @Test
  void greekByUngegn() {
    assertThat(ScriptTransliterator.toLatin("Ελλάδα")).isEqualTo("Ell\u00e1da");
    assertThat(ScriptTransliterator.toLatin("Αλέξης Τσίπρας"))
        .isEqualTo("Al\u00e9xi\u0331s Ts\u00edpras");
  }

  @Test
  void hanInPinyinOneSyllableAToken() {
    assertThat(ScriptTransliterator.toLatin("商汤科技"))
        .isEqualTo("sh\u0101ng t\u0101ng k\u0113 j\u00ec");
    assertThat(ScriptTransliterator.toLatin("習近平")).isEqualTo("x\u00ed j\u00ecn p\u00edng");
  }

  @Test
  void hangulOneSyllableBlockAToken() {
    assertThat(ScriptTransliterator.toLatin("김정은")).isEqualTo(" kim  ch\u014fng  \u016dn ");
  }

  @Test
  void arabicScriptByBgn() {
    assertThat(ScriptTransliterator.toLatin("محمد خاتمی")).isEqualTo("m\u1e29md kh\u1ea1tmy\u0330");
  }

  @Test
  void otherScriptsByIcuDefaults() {
    assertThat(ScriptTransliterator.toLatin("ธนาคาร")).isEqualTo("\u1e6dhn\u0101kh\u0101r");
  }

  @Test
  void latinIsLeftAlone() {
    assertThat(ScriptTransliterator.toLatin("SenseTime Group Ltd"))
        .isEqualTo("SenseTime Group Ltd");
  }
}
