package io.sanctionscreen.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares identifiers the way registries print them differently: "C.R. No. 2162198", "2162198" and
 * "21-62198" are one number; case, spaces and punctuation do not count.
 */
public final class Identifiers {

  /** Values shorter than this (after normalization) are too common to decide a match alone. */
  public static final int MIN_LENGTH = 5;

  private Identifiers() {}

  /** The value upper-cased with everything but letters and digits removed. */
  public static String normalize(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
      }
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  /** Kinds of identifier: two values of one kind are comparable, whatever each list calls it. */
  public enum Kind {
    REGISTRATION,
    TAX,
    ISIN,
    LEI,
    IMO,
    MMSI,
    PASSPORT,
    NATIONAL_ID,
    SWIFT,
    OTHER
  }

  private static final String[][] KIND_WORDS = {
    {"isin", "ISIN"},
    {"legal entity", "LEI"},
    {"lei", "LEI"},
    {"imo", "IMO"},
    {"mmsi", "MMSI"},
    {"passport", "PASSPORT"},
    {"pasaporte", "PASSPORT"},
    {"swift", "SWIFT"},
    {"bic", "SWIFT"},
    {"tax", "TAX"},
    {"v.a.t", "TAX"},
    {"vat", "TAX"},
    {"nit #", "TAX"},
    {"ruc #", "TAX"},
    {"r.f.c", "TAX"},
    {"fiscal", "TAX"},
    {"fein", "TAX"},
    {"cuit", "TAX"},
    {"inn", "TAX"},
    {"national id", "NATIONAL_ID"},
    {"cedula", "NATIONAL_ID"},
    {"c.u.r.p", "NATIONAL_ID"},
    {"personal id", "NATIONAL_ID"},
    {"ssn", "NATIONAL_ID"},
    {"identification number", "NATIONAL_ID"},
    {"registration", "REGISTRATION"},
    {"c.r. no", "REGISTRATION"},
    {"company number", "REGISTRATION"},
    {"commercial regist", "REGISTRATION"},
    {"unified social credit", "REGISTRATION"},
    {"uscc", "REGISTRATION"},
    {"ogrn", "REGISTRATION"},
    {"chamber of commerce", "REGISTRATION"},
    {"incorporation", "REGISTRATION"},
    {"folio mercantil", "REGISTRATION"},
    {"matricula mercantil", "REGISTRATION"},
    {"government gazette", "REGISTRATION"},
    {"trade license", "REGISTRATION"},
    {"economic register", "REGISTRATION"}
  };

  /** The kind of an identifier from its label as a list or caller writes it. */
  public static Kind kind(String type) {
    if (type == null) {
      return Kind.OTHER;
    }
    String t = type.toLowerCase(Locale.ROOT);
    for (String[] w : KIND_WORDS) {
      if (t.contains(w[0])) {
        return Kind.valueOf(w[1]);
      }
    }
    return Kind.OTHER;
  }

  /** Whether two labels name comparable identifiers (same kind, or either unknown). */
  public static boolean comparable(String typeA, String typeB) {
    Kind a = kind(typeA);
    Kind b = kind(typeB);
    return a == b || a == Kind.OTHER || b == Kind.OTHER;
  }

  /**
   * The normalized forms a written value may stand for: the whole value, and the value without
   * leading words that carry no digit ("C.R. No. 2162198" is also "2162198").
   */
  public static List<String> forms(String value) {
    List<String> out = new ArrayList<>(2);
    String whole = normalize(value);
    out.add(whole);
    if (value != null) {
      String[] words = value.trim().split("\\s+");
      int first = 0;
      while (first < words.length && words[first].chars().noneMatch(Character::isDigit)) {
        first++;
      }
      if (first > 0 && first < words.length) {
        String rest =
            normalize(String.join(" ", Arrays.asList(words).subList(first, words.length)));
        if (!rest.equals(whole)) {
          out.add(rest);
        }
      }
    }
    return out;
  }

  /** Whether a normalized value is distinctive enough to match on its own. */
  public static boolean distinctive(String normalized) {
    return normalized.length() >= MIN_LENGTH && normalized.chars().anyMatch(Character::isDigit);
  }
}
