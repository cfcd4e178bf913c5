package io.sanctionscreen.matching;

import com.ibm.icu.text.SpoofChecker;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Look-alike letters from any script, by the Unicode confusables data (UTS #39 skeletons, ICU's
 * {@link SpoofChecker}): Cherokee "ᏚᎬNᏚᎬTᏆMᎬ", Lisu "ꓢꓰꓠꓢꓰꓔꓲꓟꓰ", Armenian "ՏENՏETIME" are
 * "SENSETIME". A word is folded when the name also holds Latin letters and most of the word's
 * letters from other scripts have a Latin skeleton; a name wholly in another script is left to the
 * transliterator. Cyrillic and Greek are left to the normalizer's own table, which knows their
 * case.
 */
final class Confusables {

  private static final SpoofChecker SPOOF = new SpoofChecker.Builder().build();

  /** Skeleton of each code point seen: ASCII letters, or the empty string if it has none. */
  private static final Map<Integer, String> SKELETONS = new ConcurrentHashMap<>();

  private Confusables() {}

  /** Folds look-alike words to Latin; returns the input itself when there is nothing to fold. */
  static String foldToLatin(String s) {
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        latin |= Character.isLetter(cp);
      } else if (Character.isLetter(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.LATIN) {
          latin = true;
        } else if (candidateScript(script)) {
          other = true;
        }
      }
    }
    if (!latin || !other) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(cp);
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < s.length() && Character.isLetterOrDigit(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      out.append(foldWord(s.substring(start, i)));
    }
    return out.toString();
  }

  private static String foldWord(String word) {
    int others = 0;
    int mapped = 0;
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (candidateScript(script) && Character.isLetter(cp)) {
        others++;
        String sk = skeleton(cp);
        if (!sk.isEmpty()) {
          mapped++;
          upper += Character.isUpperCase(sk.charAt(0)) ? 1 : 0;
          lower += Character.isLowerCase(sk.charAt(0)) ? 1 : 0;
        }
      } else if (Character.isUpperCase(cp)) {
        upper++;
      } else if (Character.isLowerCase(cp)) {
        lower++;
      }
    }
    if (others == 0 || mapped * 2 < others) {
      return word;
    }
    boolean upperWord = upper > lower;
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      i += Character.charCount(cp);
      if (!candidateScript(Character.UnicodeScript.of(cp)) || !Character.isLetter(cp)) {
        b.appendCodePoint(cp);
        continue;
      }
      String sk = skeleton(cp);
      // "l" is the prototype of I, l, 1 and |: in a word of capitals it stands for "I".
      b.append(upperWord && sk.equals("l") ? "I" : sk);
    }
    return b.toString();
  }

  /** Scripts whose letters this class folds: not Latin, and not Cyrillic or Greek. */
  private static boolean candidateScript(Character.UnicodeScript script) {
    return script != Character.UnicodeScript.LATIN
        && script != Character.UnicodeScript.COMMON
        && script != Character.UnicodeScript.INHERITED
        && script != Character.UnicodeScript.CYRILLIC
        && script != Character.UnicodeScript.GREEK;
  }

  /** The ASCII-letter skeleton of a code point, or "" if its skeleton is anything else. */
  static String skeleton(int cp) {
    String cached = SKELETONS.get(cp);
    if (cached != null) {
      return cached;
    }
    String sk = SPOOF.getSkeleton(new String(Character.toChars(cp)));
    boolean ascii = !sk.isEmpty();
    for (int i = 0; i < sk.length() && ascii; i++) {
      char c = sk.charAt(i);
      ascii = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    String result = ascii ? sk : "";
    if (SKELETONS.size() < 100_000) {
      SKELETONS.put(cp, result);
    }
    return result;
  }
}
