package io.sanctionscreen.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * Reduces a name in any script to lower-case ASCII tokens; one instance serves index time and query
 * time, so a list name and a query meet in the same form.
 *
 * <p>The steps, in order: Unicode NFKC; format characters (zero-width space and joiners, soft
 * hyphen, bidi controls, byte-order mark) removed and control characters turned into spaces;
 * Cyrillic and Greek look-alike letters inside Latin words folded to Latin; Han company words
 * translated; any other script transliterated to Latin with ICU (Han to pinyin, Cyrillic, Greek,
 * Arabic, Hebrew, Hangul, Kana...); diacritics folded to ASCII; case folded with {@link
 * Locale#ROOT}; apostrophes and dots joined, other punctuation split; stop words dropped
 * (honorifics stay, and weigh little); legal forms mapped to their canonical abbreviation;
 * abbreviations written out.
 *
 * <p>Instances are immutable and safe for concurrent use.
 */
public final class NameNormalizer {

  /** Names longer than this are cut before normalization: no real name is longer. */
  public static final int MAX_INPUT_CHARS = 2_000;

  /** Cyrillic and Greek letters that look like Latin ones, with the Latin letter they mimic. */
  private static final Map<Character, Character> HOMOGLYPHS = homoglyphs();

  private static Map<Character, Character> homoglyphs() {
    String from = "АВЕКМНОРСТУХЅІЈӀаеорсуххѕіјԁһӏԛԝѵΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοριυνκτχ";
    String to = "ABEKMHOPCTYXSIJIaeopcyxxsijdhlqwvABEZHIKMNOPTYXaopiuvktx";
    if (from.length() != to.length()) {
      throw new IllegalStateException("homoglyph table is misaligned");
    }
    Map<Character, Character> m = new java.util.HashMap<>();
    for (int i = 0; i < from.length(); i++) {
      char f = from.charAt(i);
      char t = to.charAt(i);
      m.put(f, t);
      // The other case of a look-alike looks like the other case of its Latin letter.
      m.putIfAbsent(Character.toUpperCase(f), Character.toUpperCase(t));
      m.putIfAbsent(Character.toLowerCase(f), Character.toLowerCase(t));
    }
    m.keySet().removeIf(c -> c < 0x80);
    return Map.copyOf(m);
  }

  /** Normalizes a name into tokens. A null or blank name gives an empty result. */
  public NormalizedName normalize(String raw) {
    if (raw == null) {
      return new NormalizedName("", List.of());
    }
    String input = raw.length() > MAX_INPUT_CHARS ? raw.substring(0, MAX_INPUT_CHARS) : raw;
    String folded = fold(input);
    List<String> tokens = tokenize(folded);
    return new NormalizedName(raw, refine(tokens));
  }

  /**
   * Folds a string to lower-case ASCII with punctuation kept: NFKC, invisible characters removed,
   * look-alike letters folded, other scripts transliterated, diacritics folded, case folded.
   */
  public String fold(String input) {
    // Trade and service marks would decompose to letters glued to the word before them.
    String s = input.replace('\u2122', ' ').replace('\u2120', ' ');
    s = Normalizer.normalize(s, Normalizer.Form.NFKC);
    s = cleanCharacters(s);
    s = Confusables.foldToLatin(s);
    // Look-alikes first, in their written case: an upper-case Cyrillic "В" looks like "B", its
    // lower case does not.
    s = foldHomoglyphs(s);
    // Then case, before transliteration, so a name and its normalized form take the same path.
    s = s.toLowerCase(Locale.ROOT);
    if (needsTransliteration(s)) {
      s = translateHanPhrases(s);
      s = ScriptTransliterator.toLatin(s);
      // A look-alike letter no transliterator knows (Cyrillic palochka) now sits among Latin.
      s = foldHomoglyphs(s);
      s = s.toLowerCase(Locale.ROOT);
    }
    // The ASCII fold turns some small capitals into capitals ("ɢ" to "G").
    return asciiFold(s).toLowerCase(Locale.ROOT);
  }

  /** Removes format characters, turns controls and symbols into spaces. */
  private static String cleanCharacters(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (Character.getType(cp)) {
        case Character.FORMAT, Character.ENCLOSING_MARK -> {
          // Invisible: zero-width space and joiners, bidi controls, soft hyphen, byte-order mark.
        }
        case Character.NON_SPACING_MARK -> {
          // Variation selectors and the grapheme joiner are invisible; other marks (vowel signs,
          // viramas) carry sound the transliterator needs.
          if (!isInvisibleMark(cp)) {
            b.appendCodePoint(cp);
          }
        }
        case Character.CONTROL,
            Character.SURROGATE,
            Character.PRIVATE_USE,
            Character.UNASSIGNED,
            Character.OTHER_SYMBOL,
            Character.LINE_SEPARATOR,
            Character.PARAGRAPH_SEPARATOR,
            Character.SPACE_SEPARATOR ->
            b.append(' ');
        default -> b.appendCodePoint(cp);
      }
    }
    return b.toString();
  }

  private static boolean isInvisibleMark(int cp) {
    return cp == 0x034F
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0x180B && cp <= 0x180D);
  }

  /**
   * Folds Cyrillic and Greek look-alikes to Latin in words that are Latin already ("SеnseTime" with
   * a Cyrillic "е"), and in words made only of look-alikes when the name has Latin words.
   */
  private static String foldHomoglyphs(String s) {
    boolean nameHasLatin = false;
    boolean hasCandidate = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isLatinLetter(c)) {
        nameHasLatin = true;
      } else if (HOMOGLYPHS.containsKey(c)) {
        hasCandidate = true;
      }
    }
    if (!nameHasLatin || !hasCandidate) {
      return s;
    }
    char[] chars = s.toCharArray();
    int i = 0;
    while (i < chars.length) {
      if (!Character.isLetterOrDigit(chars[i])) {
        i++;
        continue;
      }
      int start = i;
      boolean wordHasLatin = false;
      boolean allLookAlike = true;
      while (i < chars.length && Character.isLetterOrDigit(chars[i])) {
        char c = chars[i];
        if (isLatinLetter(c)) {
          wordHasLatin = true;
        } else if (!HOMOGLYPHS.containsKey(c) && !Character.isDigit(c)) {
          allLookAlike = false;
        }
        i++;
      }
      if (wordHasLatin || allLookAlike) {
        for (int j = start; j < i; j++) {
          Character latin = HOMOGLYPHS.get(chars[j]);
          if (latin != null) {
            chars[j] = latin;
          }
        }
      }
    }
    return new String(chars);
  }

  private static boolean isLatinLetter(char c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  private static boolean needsTransliteration(String s) {
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x250) {
        continue;
      }
      if (Character.isLetter(cp)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON) {
          return true;
        }
      }
    }
    return false;
  }

  private static String translateHanPhrases(String s) {
    boolean hasHan = false;
    for (int i = 0; i < s.length() && !hasHan; ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      hasHan = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
    if (!hasHan) {
      return s;
    }
    String out = s;
    for (Map.Entry<String, String> e : Vocabulary.HAN_PHRASES.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  private static String asciiFold(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s;
    }
    char[] in = s.toCharArray();
    char[] out = new char[in.length * 4];
    int len = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, len);
  }

  /**
   * Splits folded text into tokens: apostrophes and dots join, anything else not a letter splits.
   */
  private static List<String> tokenize(String folded) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (current.length() > 0 && current.charAt(current.length() - 1) >= 0x80) {
          tokens.add(current.toString());
          current.setLength(0);
        }
        current.append(c);
      } else if (c == '\'' || c == '.' || c == '`' || c == '\u00b7' || isJoiningMark(c)) {
        // "O'Brien" is "obrien", "S.A." is "sa", "Co." is "co"; a combining accent left after
        // the fold belongs to the letter before it.
        continue;
      } else if (Character.isLetterOrDigit(c)) {
        // A letter nothing could romanize: kept rather than lost, but as a token of its own, so
        // that normalizing the result again (which tries the transliterators once more) keeps it.
        if (current.length() > 0 && current.charAt(current.length() - 1) < 0x80) {
          tokens.add(current.toString());
          current.setLength(0);
        }
        current.append(c);
      } else if (current.length() > 0) {
        tokens.add(current.toString());
        current.setLength(0);
      }
    }
    if (current.length() > 0) {
      tokens.add(current.toString());
    }
    return tokens;
  }

  private static boolean isJoiningMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.MODIFIER_LETTER
        || type == Character.MODIFIER_SYMBOL;
  }

  /**
   * Drops stop words, writes abbreviations out, and reduces legal forms: words of legal forms
   * misspelt by a letter are corrected, phrases ("limited liability company") and single words
   * ("Ltd") become their canonical abbreviation, words that are legal only next to one ("joint",
   * "stock", "public", "de") join it, and each run of legal-form tokens becomes one.
   */
  private static List<String> refine(List<String> written) {
    // Initialisms first: "S. A." is the legal form "sa", "I T C" the word "itc".
    List<String> tokens = splitLegalWords(joinLegalWords(joinSingleLetters(written)));
    List<String> words = new ArrayList<>(tokens.size());
    for (String t : tokens) {
      if (Vocabulary.STOP_WORDS.contains(t)) {
        continue;
      }
      words.add(Vocabulary.ABBREVIATIONS.getOrDefault(t, Vocabulary.correctLegalWord(t)));
    }
    if (words.isEmpty()) {
      // A name made only of titles ("Dr") still has to be compared as written.
      return tokens;
    }
    List<String> out = new ArrayList<>(words.size());
    List<Boolean> flags = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      Vocabulary.Phrase phrase = matchPhrase(words, i);
      if (phrase != null) {
        out.add(phrase.replacement());
        flags.add(true);
        i += phrase.tokens().size();
        continue;
      }
      String t = words.get(i++);
      String form = Vocabulary.LEGAL_FORMS.get(t);
      out.add(form != null ? form : t);
      flags.add(form != null);
    }
    boolean[] legal = new boolean[out.size()];
    for (int k = 0; k < legal.length; k++) {
      legal[k] = flags.get(k);
    }
    absorbContextWords(out, legal);
    return collapseLegalRuns(out, legal);
  }

  /**
   * Runs of two or more one-letter words are one initialism: "I T C" is "itc", as "I.T.C." is.
   * Single initials ("Kai S. Li") stay apart; the scorer pairs initials with words.
   */
  private static List<String> joinSingleLetters(List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    int k = 0;
    while (k < tokens.size()) {
      int end = k;
      while (end < tokens.size()
          && tokens.get(end).length() == 1
          && tokens.get(end).charAt(0) >= 'a'
          && tokens.get(end).charAt(0) <= 'z') {
        end++;
      }
      if (end - k >= 2) {
        out.add(String.join("", tokens.subList(k, end)));
        k = end;
      } else {
        out.add(tokens.get(k++));
      }
    }
    return out;
  }

  /**
   * Two adjacent tokens that together spell a legal-form word are that word: "COM PANY", "LIM
   * ITED", "LIABI LITY", "OGRANIC HENNOI" (a stray space).
   */
  static List<String> joinLegalWords(List<String> tokens) {
    if (tokens.size() < 2) {
      return tokens;
    }
    List<String> out = new ArrayList<>(tokens.size());
    int k = 0;
    while (k < tokens.size()) {
      String a = tokens.get(k);
      if (k + 1 < tokens.size()) {
        String b = tokens.get(k + 1);
        String joined = a + b;
        if (a.length() >= 2
            && b.length() >= 2
            && joined.length() >= 6
            && letters(joined)
            && !Vocabulary.isLegalVocabulary(a)
            && !Vocabulary.isLegalVocabulary(b)
            && !Vocabulary.LEGAL_FORMS.containsKey(b)
            && Vocabulary.isLegalVocabulary(joined)) {
          out.add(joined);
          k += 2;
          continue;
        }
      }
      out.add(a);
      k++;
    }
    return out;
  }

  /**
   * A token that starts with a long legal-form word, or ends with one, is two words run together:
   * "OBSHCHESTVOTASKOM", "COMPANYNAVIGATOR", "STOCKCOMPANY", "SYSTEMSEOOD", "ARTTOOLLTD". The rest
   * must keep three letters; it is split again if it holds another.
   */
  static List<String> splitLegalWords(List<String> tokens) {
    List<String> out = null;
    for (int k = 0; k < tokens.size(); k++) {
      String t = tokens.get(k);
      List<String> parts = splitLegal(t, 0);
      if (parts != null && out == null) {
        out = new ArrayList<>(tokens.subList(0, k));
      }
      if (out != null) {
        if (parts != null) {
          out.addAll(parts);
        } else {
          out.add(t);
        }
      }
    }
    return out == null ? tokens : out;
  }

  private static List<String> splitLegal(String t, int depth) {
    if (t.length() < 7 || depth > 2 || !letters(t) || Vocabulary.isLegalVocabulary(t)) {
      return null;
    }
    String prefix = null;
    String suffix = null;
    for (String w : Vocabulary.LEGAL_VOCABULARY) {
      if (t.length() - w.length() < 3) {
        continue;
      }
      if (w.length() >= 5 && t.startsWith(w) && (prefix == null || w.length() > prefix.length())) {
        prefix = w;
      }
      if (w.length() >= 5 && t.endsWith(w) && (suffix == null || w.length() > suffix.length())) {
        suffix = w;
      }
    }
    if (suffix == null) {
      for (String w : Vocabulary.SHORT_LEGAL_SUFFIXES) {
        if (t.endsWith(w) && t.length() - w.length() >= 3) {
          suffix = w;
        }
      }
    }
    List<String> parts = new ArrayList<>(3);
    if (prefix != null && (suffix == null || prefix.length() >= suffix.length())) {
      parts.add(prefix);
      String rest = t.substring(prefix.length());
      List<String> more = splitLegal(rest, depth + 1);
      parts.addAll(more == null ? List.of(rest) : more);
      return parts;
    }
    if (suffix != null) {
      String rest = t.substring(0, t.length() - suffix.length());
      List<String> more = splitLegal(rest, depth + 1);
      parts.addAll(more == null ? List.of(rest) : more);
      parts.add(suffix);
      return parts;
    }
    return null;
  }

  private static boolean letters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Words legal only beside a legal form ("joint", "stock", "de") join it, repeatedly. */
  private static void absorbContextWords(List<String> out, boolean[] legal) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int k = 0; k < out.size(); k++) {
        if (legal[k]) {
          continue;
        }
        String corrected = Vocabulary.correctContextWord(out.get(k));
        if (corrected == null) {
          continue;
        }
        boolean besideLegal = (k > 0 && legal[k - 1]) || (k + 1 < out.size() && legal[k + 1]);
        if (besideLegal) {
          out.set(k, corrected);
          legal[k] = true;
          changed = true;
        }
      }
    }
  }

  /** Each run of legal-form tokens becomes one: the first real legal form of the run. */
  private static List<String> collapseLegalRuns(List<String> out, boolean[] legal) {
    List<String> result = new ArrayList<>(out.size());
    int k = 0;
    while (k < out.size()) {
      if (!legal[k]) {
        result.add(out.get(k++));
        continue;
      }
      String form = null;
      while (k < out.size() && legal[k]) {
        if (form == null) {
          form = Vocabulary.LEGAL_FORMS.get(out.get(k));
        }
        k++;
      }
      // Context words join only a run that holds a real legal form; "co" is a safe fallback.
      result.add(form != null ? form : "co");
    }
    return result;
  }

  private static Vocabulary.Phrase matchPhrase(List<String> tokens, int start) {
    List<Vocabulary.Phrase> candidates =
        Vocabulary.LEGAL_FORM_PHRASES_BY_FIRST.get(tokens.get(start));
    if (candidates == null) {
      return null;
    }
    for (Vocabulary.Phrase p : candidates) {
      int n = p.tokens().size();
      if (start + n <= tokens.size() && tokens.subList(start, start + n).equals(p.tokens())) {
        return p;
      }
    }
    return null;
  }
}
