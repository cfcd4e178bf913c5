package io.sanctionscreen.matching;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;

/**
 * Transliterates any script to Latin with ICU, preferring the romanizations the sanctions lists use
 * (BGN/PCGN for Cyrillic, Korean and Arabic, UNGEGN for Greek) over ICU's scholarly defaults.
 *
 * <p>ICU transliterators keep state while they run, so each thread gets its own chain.
 */
final class ScriptTransliterator {

  private static final ThreadLocal<ScriptTransliterator> PER_THREAD =
      ThreadLocal.withInitial(ScriptTransliterator::new);

  private final Transliterator russian = filtered("Russian-Latin/BGN", "[:Cyrillic:]");
  private final Transliterator ukrainian = filtered("Ukrainian-Latin/BGN", "[:Cyrillic:]");
  private final Transliterator belarusian = filtered("Belarusian-Latin/BGN", "[:Cyrillic:]");
  private final Transliterator greek = filtered("Greek-Latin/UNGEGN", "[:Greek:]");
  private final Transliterator korean = filtered("Korean-Latin/BGN", "[:Hangul:]");
  private final Transliterator arabic = filtered("Arabic-Latin/BGN", "[:Arabic:]");
  private final Transliterator anyLatin = Transliterator.getInstance("Any-Latin");

  private ScriptTransliterator() {}

  static String toLatin(String s) {
    return PER_THREAD.get().apply(s);
  }

  private String apply(String input) {
    boolean cyrillic = false;
    boolean ukrainianLetters = false;
    boolean belarusianLetters = false;
    boolean greekLetters = false;
    boolean hangul = false;
    boolean arabicLetters = false;
    boolean other = false;
    StringBuilder spaced = null;
    for (int i = 0; i < input.length(); ) {
      int cp = input.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      switch (script) {
        case CYRILLIC -> {
          cyrillic = true;
          ukrainianLetters |= "іїєґІЇЄҐ".indexOf(cp) >= 0;
          belarusianLetters |= "ўЎ".indexOf(cp) >= 0;
        }
        case GREEK -> greekLetters = true;
        case HANGUL -> hangul = true;
        case ARABIC -> arabicLetters = true;
        case LATIN, COMMON, INHERITED -> {}
        default -> other = true;
      }
    }
    String s = input;
    if (hangul) {
      // One syllable block per token: the scorer joins "kim jong un" to "jongun" as needed, but
      // cannot split "kimjongun".
      spaced = new StringBuilder(s.length() * 2);
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        boolean block = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
        if (block) {
          spaced.append(' ');
        }
        spaced.appendCodePoint(cp);
        if (block) {
          spaced.append(' ');
        }
      }
      s = korean.transliterate(spaced.toString());
    }
    if (cyrillic) {
      Transliterator t = ukrainianLetters ? ukrainian : belarusianLetters ? belarusian : russian;
      s = t.transliterate(s);
    }
    if (greekLetters) {
      s = greek.transliterate(s);
    }
    if (arabicLetters) {
      s = arabic.transliterate(s);
    }
    if (other || hangul || hasNonLatinLetter(s)) {
      // Whatever the specific romanizations left (an Arabic letter BGN does not cover, a rare
      // Cyrillic letter) goes through ICU's general transliteration.
      s = anyLatin.transliterate(s);
    }
    return s;
  }

  private static boolean hasNonLatinLetter(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp >= 0x250 && Character.isLetter(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON) {
          return true;
        }
      }
    }
    return false;
  }

  private static Transliterator filtered(String id, String set) {
    Transliterator t = Transliterator.getInstance(id);
    t.setFilter(new UnicodeSet(set).freeze());
    return t;
  }
}
