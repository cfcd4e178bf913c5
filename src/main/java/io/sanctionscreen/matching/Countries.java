package io.sanctionscreen.matching;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a country as lists and callers write it ("Korea, North", "Russian Federation", "HK", "Hong
 * Kong SAR") into its ISO 3166 alpha-2 code, and tells whether two countries agree (Hong Kong and
 * Macau agree with China).
 */
public final class Countries {

  private static final Map<String, String> CODES = build();

  private static final Map<String, String> PARENT = Map.of("HK", "CN", "MO", "CN");

  private Countries() {}

  private static Map<String, String> build() {
    Map<String, String> m = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale l = new Locale.Builder().setRegion(code).build();
      m.put(key(code), code);
      m.put(key(l.getISO3Country()), code);
      m.put(key(l.getDisplayCountry(Locale.ENGLISH)), code);
    }
    String[][] aliases = {
      {"korea, north", "KP"},
      {"north korea", "KP"},
      {"dprk", "KP"},
      {"democratic people's republic of korea", "KP"},
      {"korea, south", "KR"},
      {"south korea", "KR"},
      {"republic of korea", "KR"},
      {"russia", "RU"},
      {"russian federation", "RU"},
      {"iran", "IR"},
      {"iran, islamic republic of", "IR"},
      {"syria", "SY"},
      {"syrian arab republic", "SY"},
      {"burma", "MM"},
      {"myanmar", "MM"},
      {"united states", "US"},
      {"united states of america", "US"},
      {"usa", "US"},
      {"uk", "GB"},
      {"united kingdom", "GB"},
      {"great britain", "GB"},
      {"england", "GB"},
      {"uae", "AE"},
      {"united arab emirates", "AE"},
      {"hong kong", "HK"},
      {"hong kong sar", "HK"},
      {"hong kong sar china", "HK"},
      {"macau", "MO"},
      {"macao", "MO"},
      {"china", "CN"},
      {"people's republic of china", "CN"},
      {"prc", "CN"},
      {"taiwan", "TW"},
      {"venezuela", "VE"},
      {"bolivia", "BO"},
      {"laos", "LA"},
      {"vietnam", "VN"},
      {"viet nam", "VN"},
      {"palestine", "PS"},
      {"west bank", "PS"},
      {"gaza", "PS"},
      {"congo, democratic republic of the", "CD"},
      {"democratic republic of the congo", "CD"},
      {"drc", "CD"},
      {"congo", "CG"},
      {"cote d'ivoire", "CI"},
      {"ivory coast", "CI"},
      {"turkey", "TR"},
      {"turkiye", "TR"},
      {"czech republic", "CZ"},
      {"moldova", "MD"},
      {"tanzania", "TZ"},
      {"crimea", "UA"},
      {"kosovo", "XK"},
      {"region: crimea", "UA"}
    };
    for (String[] a : aliases) {
      m.put(key(a[0]), a[1]);
    }
    return Map.copyOf(m);
  }

  private static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    return s.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }

  /** The ISO 3166 alpha-2 code of a country name or code, or null if unknown. */
  public static String code(String country) {
    if (country == null || country.isBlank()) {
      return null;
    }
    return CODES.get(key(country.trim()));
  }

  /** Whether two known countries agree: equal, or one a region of the other (Hong Kong, China). */
  public static boolean agree(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return a.equals(b) || a.equals(PARENT.get(b)) || b.equals(PARENT.get(a));
  }

  /** The codes of several names, unknown ones left out. */
  public static Set<String> codes(Iterable<String> countries) {
    Set<String> out = new LinkedHashSet<>();
    for (String c : countries) {
      String code = code(c);
      if (code != null) {
        out.add(code);
      }
    }
    return out;
  }

  /**
   * The words of every country's English name, folded by the given function and split on anything
   * not a letter; words of three letters or fewer left out.
   */
  public static Set<String> nameTokens(java.util.function.UnaryOperator<String> fold) {
    Set<String> out = new java.util.HashSet<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
      for (String w : fold.apply(name).split("[^a-z]+")) {
        if (w.length() > 3) {
          out.add(w);
        }
      }
    }
    return out;
  }
}
