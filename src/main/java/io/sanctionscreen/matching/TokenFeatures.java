package io.sanctionscreen.matching;

/**
 * Everything the scorer asks of one normalized token, worked out once: whether it holds a digit, is
 * a legal form (and of which family), a title, a generic word, letters only; its given-name
 * variant, its romanization key, its Double Metaphone codes, and a bit set of its characters (and
 * of its key's) that bounds the edit distance to another token from below without comparing them. A
 * generation computes it for each distinct listed token when it is built and keeps it with its
 * files; a query computes it for its own few tokens.
 */
public final class TokenFeatures {

  static final int DIGIT = 1;
  static final int LEGAL = 2;
  static final int MINOR = 4;
  static final int GENERIC = 8;
  static final int LETTERS = 16;
  static final int ASCII_LETTERS = 32;

  final String text;
  final int flags;
  final Vocabulary.LegalFamily family;
  final String variant;
  final String key;
  final boolean keyDiffers;

  /** The primary and alternate Double Metaphone codes; null until first asked, for a query. */
  private volatile String[] codes;

  final long mask;
  final long keyMask;

  private TokenFeatures(
      String text, int flags, String variant, String key, String phonetic, String alternate) {
    this.text = text;
    this.flags = flags;
    this.family = (flags & LEGAL) != 0 ? Vocabulary.legalFamily(text) : null;
    this.variant = variant;
    this.key = key.equals(text) ? text : key;
    this.keyDiffers = !key.equals(text);
    this.codes = phonetic == null ? null : new String[] {phonetic, alternate};
    this.mask = mask(text);
    this.keyMask = keyDiffers ? mask(key) : mask;
  }

  /** Works out the features of a normalized token. */
  public static TokenFeatures of(String token) {
    return new TokenFeatures(
        token, flagsOf(token), Vocabulary.nameVariant(token), Romanization.key(token), null, null);
  }

  /** The same features with the phonetic codes worked out now (for a generation's table). */
  public static TokenFeatures withCodes(String token) {
    TokenFeatures f = of(token);
    f.phonetic();
    return f;
  }

  /**
   * Features read back from storage, as {@link #of} computed them at the build (the flags and the
   * keys are taken as stored, not computed again).
   */
  public static TokenFeatures stored(
      String token, int flags, String variant, String key, String phonetic, String alternate) {
    return new TokenFeatures(token, flags, variant, key, phonetic, alternate);
  }

  private static int flagsOf(String token) {
    int f = 0;
    if (TokenSimilarity.hasDigit(token)) {
      f |= DIGIT;
    }
    if (Vocabulary.isLegalForm(token)) {
      f |= LEGAL;
    }
    if (Vocabulary.isMinor(token)) {
      f |= MINOR;
    }
    if (Vocabulary.isGeneric(token)) {
      f |= GENERIC;
    }
    boolean letters = !token.isEmpty();
    for (int i = 0; i < token.length() && letters; i++) {
      letters = Character.isLetter(token.charAt(i));
    }
    if (letters) {
      f |= LETTERS;
    }
    boolean ascii = true;
    for (int i = 0; i < token.length() && ascii; i++) {
      char ch = token.charAt(i);
      ascii = ch >= 'a' && ch <= 'z';
    }
    if (ascii) {
      f |= ASCII_LETTERS;
    }
    return f;
  }

  /**
   * One bit per character (by its low six bits): characters of one token missing from another
   * number at least the bits set in its mask and not in the other's, and each edit removes at most
   * one of them, so that count bounds the edit distance from below.
   */
  private static long mask(String s) {
    long m = 0;
    for (int i = 0; i < s.length(); i++) {
      m |= 1L << (s.charAt(i) & 63);
    }
    return m;
  }

  /** A lower bound of the edit distance between two tokens with these character masks. */
  static int distanceBound(long a, long b) {
    return Math.max(Long.bitCount(a & ~b), Long.bitCount(b & ~a));
  }

  /** The token. */
  public String text() {
    return text;
  }

  /** The stored flags (digit, legal form, title or legal form, generic, letters only). */
  public int flags() {
    return flags;
  }

  /** The given-name variant, or null. */
  public String variant() {
    return variant;
  }

  /** The romanization key ({@link Romanization#key}). */
  public String key() {
    return key;
  }

  /** The primary Double Metaphone code, empty if none (worked out when first asked). */
  public String phonetic() {
    return codes()[0];
  }

  /** The alternate Double Metaphone code (the primary when there is no other). */
  public String alternate() {
    return codes()[1];
  }

  private String[] codes() {
    String[] c = codes;
    if (c == null) {
      c = TokenSimilarity.codes(text);
      codes = c;
    }
    return c;
  }

  boolean digit() {
    return (flags & DIGIT) != 0;
  }

  boolean legal() {
    return (flags & LEGAL) != 0;
  }

  boolean minor() {
    return (flags & MINOR) != 0;
  }

  boolean generic() {
    return (flags & GENERIC) != 0;
  }

  boolean letters() {
    return (flags & LETTERS) != 0;
  }

  boolean asciiLetters() {
    return (flags & ASCII_LETTERS) != 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
