package io.sanctionscreen.matching;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Compares two normalized tokens: equal, a typo apart (edits scaled to length), sounding alike, or
 * an initial of the other.
 */
public final class TokenSimilarity {

  /** How a pair of tokens came to be considered the same. */
  public enum Kind {
    EXACT,
    LEGAL_FORM,
    TYPO,
    /** Two transliterations of one given name ("Mohamed", "Muhammad"). */
    VARIANT,
    PHONETIC,
    INITIAL,
    NONE
  }

  /** A similarity in [0, 1] with the reason for it. */
  public record Result(double similarity, Kind kind, int edits) {
    static final Result NONE = new Result(0, Kind.NONE, 0);
    static final Result EXACT = new Result(1, Kind.EXACT, 0);
    static final Result LEGAL = new Result(1, Kind.LEGAL_FORM, 0);
  }

  /** Longest phonetic code; the library's default of 4 makes "exponent" sound like "expobank". */
  public static final int PHONETIC_CODE_LENGTH = 8;

  private static final DoubleMetaphone METAPHONE = metaphone();

  private static DoubleMetaphone metaphone() {
    DoubleMetaphone m = new DoubleMetaphone();
    m.setMaxCodeLen(PHONETIC_CODE_LENGTH);
    return m;
  }

  /** Phonetic codes of tokens seen so far; bounded, the vocabulary of names is finite. */
  private static final Map<String, String[]> CODES = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_CODES = 500_000;

  /** Jaro-Winkler similarity two words that sound alike must also reach to count. */
  static final double PHONETIC_MIN_JARO_WINKLER = 0.82;

  /** Similarity of two transliterations of one given name. */
  static final double VARIANT_SIMILARITY = 0.95;

  /** Similarity of two spellings with one romanization key ("Dzhamal" and "Jamal"). */
  static final double ROMANIZATION_SIMILARITY = 0.93;

  /** What a typo on the romanization keys costs beyond the same typo on the words. */
  static final double ROMANIZATION_TYPO_PENALTY = 0.04;

  private final double initialSimilarity;
  private final double phoneticCap;
  private final double shortTypoSimilarity;
  private final double typoCost;

  /**
   * @param initialSimilarity similarity of an initial and a word it begins ("a" for "ali")
   * @param phoneticCap similarity of two words that only sound alike (their Jaro-Winkler similarity
   *     must reach it too)
   * @param shortTypoSimilarity similarity of two words of two or three letters one edit apart
   * @param typoCost what an edit costs, spread over the word's length: one edit in a word of n
   *     letters costs typoCost / n (plus 0.02), so short words pay more
   */
  public TokenSimilarity(
      double initialSimilarity, double phoneticCap, double shortTypoSimilarity, double typoCost) {
    if (initialSimilarity < 0 || initialSimilarity > 1) {
      throw new IllegalArgumentException(
          "initialSimilarity must be in [0,1]: " + initialSimilarity);
    }
    if (phoneticCap < 0 || phoneticCap > 1) {
      throw new IllegalArgumentException("phoneticCap must be in [0,1]: " + phoneticCap);
    }
    this.initialSimilarity = initialSimilarity;
    this.phoneticCap = phoneticCap;
    this.shortTypoSimilarity = shortTypoSimilarity;
    this.typoCost = typoCost;
  }

  /** The number of edits a token of this length may carry and still count as the same word. */
  public static int allowedEdits(int length) {
    if (length <= 3) {
      return 0;
    }
    if (length <= 5) {
      return 1;
    }
    if (length <= 11) {
      return 2;
    }
    return 3;
  }

  /** Compares a query token with a candidate token. */
  public Result compare(String query, String candidate) {
    return compare(TokenFeatures.of(query), TokenFeatures.of(candidate));
  }

  /**
   * Compares two tokens whose features were worked out beforehand: a listed name's when its
   * generation was built, a query's once per screening.
   */
  public Result compare(TokenFeatures q, TokenFeatures c) {
    String query = q.text;
    String candidate = c.text;
    if (query.equals(candidate)) {
      return Result.EXACT;
    }
    boolean queryLegal = q.legal();
    boolean candidateLegal = c.legal();
    if (queryLegal && candidateLegal) {
      return Result.LEGAL;
    }
    if (queryLegal || candidateLegal) {
      // "OKO" for "OOO", "LDT" for "LTD": a short word a letter away from a legal form is one.
      String other = queryLegal ? candidate : query;
      String form = queryLegal ? query : candidate;
      if (other.length() <= 4
          && form.length() >= 3
          && Math.abs(other.length() - form.length()) <= 1
          && TokenFeatures.distanceBound(q.mask, c.mask) <= 1
          && osaDistance(other, form, 1) == 1) {
        return new Result(shortTypoSimilarity, Kind.LEGAL_FORM, 1);
      }
      return Result.NONE;
    }
    if (q.variant != null && q.variant.equals(c.variant)) {
      // "Mohamed" and "Muhammad": one name in two transliterations.
      return new Result(VARIANT_SIMILARITY, Kind.VARIANT, 0);
    }
    if (query.length() == 1 || candidate.length() == 1) {
      if (query.charAt(0) == candidate.charAt(0)
          && Character.isLetter(query.charAt(0))
          && query.length() != candidate.length()) {
        return new Result(initialSimilarity, Kind.INITIAL, 0);
      }
      return Result.NONE;
    }
    if (q.digit() || c.digit()) {
      // Numbers are identifiers: "7" and "8" are different vessels.
      return Result.NONE;
    }
    int minLen = Math.min(query.length(), candidate.length());
    int maxLen = Math.max(query.length(), candidate.length());
    // Characters of one word missing from the other: each edit accounts for at most one.
    int bound = TokenFeatures.distanceBound(q.mask, c.mask);
    if (minLen <= 3) {
      // Short words ("ul" for "lu", "hoe" for "choe"): one edit, worth less than in a long word.
      boolean oneEdit =
          maxLen - minLen <= 1
              && bound <= 1
              && osaDistance(query, candidate, 1) == 1
              && (minLen == 3 || sameLetters(query, candidate) || droppedInner(query, candidate));
      return oneEdit ? new Result(shortTypoSimilarity, Kind.TYPO, 1) : Result.NONE;
    }
    int allowed = allowedEdits(minLen);
    if (allowed == 2 && minLen < 8 && query.charAt(0) != candidate.charAt(0)) {
      // Two edits in a word of six or seven letters only with its first letter kept:
      // "Evglein"/"Evgeni", not "General"/"Central".
      allowed = 1;
    }
    if (allowed == 1
        && candidate.length() == 5
        && query.length() >= 6
        && query.charAt(0) == candidate.charAt(0)
        && query.charAt(query.length() - 1) == candidate.charAt(candidate.length() - 1)) {
      // Two letters typed into a listed word of five, its first and last letters kept
      // ("frounst" for "front"; not "gnral" for "general": letters left out of a word count more).
      allowed = 2;
    }
    Result typo = null;
    if (maxLen - minLen <= allowed && bound <= allowed) {
      int d = osaDistance(query, candidate, allowed);
      if (d <= allowed) {
        typo = new Result(editSimilarity(d, maxLen, typoCost), Kind.TYPO, d);
      }
    }
    // A spelling convention explains words two or more edits apart ("dzhamal", "jamal"); one
    // edit is a typo.
    Result romanized = typo != null && typo.edits() <= 1 ? null : romanized(q, c);
    if (romanized != null && (typo == null || romanized.similarity() > typo.similarity())) {
      return romanized;
    }
    if (typo != null) {
      return typo;
    }
    if (maxLen - minLen <= 3
        && mayStartAlike(query.charAt(0), candidate.charAt(0))
        && soundAlike(q, c)) {
      // Sounding alike is weak evidence: it counts only for spellings close on the page too.
      double sim = jaroWinkler(query, candidate);
      if (sim >= PHONETIC_MIN_JARO_WINKLER) {
        return new Result(phoneticCap, Kind.PHONETIC, 0);
      }
    }
    return Result.NONE;
  }

  /**
   * Two spellings of one name under different romanization conventions ("dzhamal"/"jamal",
   * "mokhammad"/"mohammad", "xiang"/"ksiang"): the same {@link Romanization#key}, or keys a typo
   * apart; null if neither.
   */
  private Result romanized(TokenFeatures q, TokenFeatures c) {
    if (!q.keyDiffers && !c.keyDiffers) {
      return null;
    }
    String kq = q.key;
    String kc = c.key;
    if (kq.equals(kc)) {
      return new Result(ROMANIZATION_SIMILARITY, Kind.VARIANT, 0);
    }
    int minLen = Math.min(kq.length(), kc.length());
    int maxLen = Math.max(kq.length(), kc.length());
    int allowed = allowedEdits(minLen);
    if (minLen < 4 || maxLen - minLen > allowed) {
      return null;
    }
    if (allowed == 2 && minLen < 8 && kq.charAt(0) != kc.charAt(0)) {
      allowed = 1;
    }
    if (TokenFeatures.distanceBound(q.keyMask, c.keyMask) > allowed) {
      return null;
    }
    int d = osaDistance(kq, kc, allowed);
    if (d > allowed) {
      return null;
    }
    double sim = editSimilarity(d, maxLen, typoCost) - ROMANIZATION_TYPO_PENALTY;
    return new Result(Math.min(sim, ROMANIZATION_SIMILARITY), Kind.TYPO, d);
  }

  /**
   * Whether two tokens share a Double Metaphone code (primary or alternate), from their features.
   */
  private static boolean soundAlike(TokenFeatures a, TokenFeatures b) {
    String pa = a.phonetic();
    String pb = b.phonetic();
    if (pa.isEmpty() || pb.isEmpty()) {
      return false;
    }
    return pa.equals(pb)
        || pa.equals(b.alternate())
        || a.alternate().equals(pb)
        || a.alternate().equals(b.alternate());
  }

  /**
   * A cheap test before the phonetic codes: words that sound alike start with the same letter, two
   * vowels, or letters that spell one sound ("c"/"k", "ph"/"f", "j"/"g"...).
   */
  private static boolean mayStartAlike(char a, char b) {
    if (a == b) {
      return true;
    }
    String vowels = "aeiouy";
    if (vowels.indexOf(a) >= 0 && vowels.indexOf(b) >= 0) {
      return true;
    }
    String pairs = "ck kc kq qk cs sc sz zs fp pf jg gj wv vw xz zx";
    return pairs.contains("" + a + b);
  }

  /**
   * A word of two letters that is one of three with a letter after the first dropped ("km" for
   * "kim", "al" for "ali"): the first letter kept, the rest in order.
   */
  private static boolean droppedInner(String a, String b) {
    String shorter = a.length() < b.length() ? a : b;
    String longer = a.length() < b.length() ? b : a;
    return shorter.length() == 2
        && longer.length() == 3
        && shorter.charAt(0) == longer.charAt(0)
        && (shorter.charAt(1) == longer.charAt(1) || shorter.charAt(1) == longer.charAt(2));
  }

  private static boolean sameLetters(String a, String b) {
    char[] x = a.toCharArray();
    char[] y = b.toCharArray();
    java.util.Arrays.sort(x);
    java.util.Arrays.sort(y);
    return java.util.Arrays.equals(x, y);
  }

  /** Similarity for a token with {@code edits} edits: one edit in a long word costs little. */
  static double editSimilarity(int edits, int maxLen, double typoCost) {
    return Math.max(0, 1.0 - edits * (typoCost / Math.max(maxLen, 4)) - edits * 0.02);
  }

  /** Whether a token holds a digit (of any script). */
  static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether two tokens share a Double Metaphone code (primary or alternate). */
  public static boolean soundAlike(String a, String b) {
    String[] ka = codes(a);
    String[] kb = codes(b);
    if (ka[0].isEmpty() || kb[0].isEmpty()) {
      return false;
    }
    return ka[0].equals(kb[0]) || ka[0].equals(kb[1]) || ka[1].equals(kb[0]) || ka[1].equals(kb[1]);
  }

  static String[] codes(String token) {
    String[] cached = CODES.get(token);
    if (cached != null) {
      return cached;
    }
    String primary = METAPHONE.doubleMetaphone(token);
    String alternate = METAPHONE.doubleMetaphone(token, true);
    String[] computed = {
      primary == null ? "" : primary, alternate == null || alternate.isEmpty() ? "" : alternate
    };
    if (computed[1].isEmpty()) {
      computed[1] = computed[0];
    }
    if (CODES.size() < MAX_CACHED_CODES) {
      CODES.put(token, computed);
    }
    return computed;
  }

  /** The phonetic key of a token (Double Metaphone primary code), empty if it has none. */
  public static String phoneticKey(String token) {
    if (token.length() < 2 || hasDigit(token)) {
      return "";
    }
    String key = METAPHONE.doubleMetaphone(token);
    return key == null ? "" : key.trim();
  }

  /**
   * Optimal string alignment distance (Levenshtein plus adjacent transpositions), giving up once it
   * exceeds {@code max}: then it returns {@code max + 1}.
   */
  public static int osaDistance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > max) {
        return max + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[m];
  }

  /** Jaro-Winkler similarity with the usual prefix scale of 0.1 over at most four characters. */
  public static double jaroWinkler(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int la = a.length();
    int lb = b.length();
    if (la == 0 || lb == 0) {
      return 0;
    }
    int window = Math.max(0, Math.max(la, lb) / 2 - 1);
    boolean[] ma = new boolean[la];
    boolean[] mb = new boolean[lb];
    int matches = 0;
    for (int i = 0; i < la; i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(lb - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!mb[j] && a.charAt(i) == b.charAt(j)) {
          ma[i] = true;
          mb[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < la; i++) {
      if (ma[i]) {
        while (!mb[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    for (int i = 0; i < Math.min(4, Math.min(la, lb)) && a.charAt(i) == b.charAt(i); i++) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
