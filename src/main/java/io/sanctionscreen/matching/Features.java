package io.sanctionscreen.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date of birth and country as evidence beside the name: agreement raises a name score a little,
 * conflict lowers it. They never make a match of a name that does not match: a raise needs a name
 * score of at least {@link #RAISE_FLOOR}, and it is small.
 */
final class Features {

  /** Name score below which agreeing facts raise nothing. */
  static final double RAISE_FLOOR = 0.75;

  private static final Pattern YEAR = Pattern.compile("(1[89]\\d\\d|20\\d\\d)");
  private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s+to\\s+(\\d{4})");

  private Features() {}

  /** A score change and its reason. */
  record Effect(double factor, double raise, String note) {
    static final Effect NONE = new Effect(1, 0, null);
  }

  /** Compares a queried date of birth (YYYY, YYYY-MM or YYYY-MM-DD) with the listed ones. */
  static Effect birthDate(String query, PartyType type, List<String> listed) {
    if (query == null || listed.isEmpty() || type != PartyType.PERSON) {
      return Effect.NONE;
    }
    int queryYear = Integer.parseInt(query.substring(0, 4));
    boolean sameYear = false;
    boolean nearYear = false;
    for (String l : listed) {
      String value = l.trim();
      if (value.equals(query)
          || (value.length() > 4 && query.length() > 4 && value.startsWith(query))
          || (query.length() > value.length() && query.startsWith(value) && value.length() >= 7)) {
        return new Effect(1, 0.05, "date of birth " + query + " agrees with the listed " + value);
      }
      Matcher range = RANGE.matcher(value);
      if (range.find()) {
        int from = Integer.parseInt(range.group(1));
        int to = Integer.parseInt(range.group(2));
        if (queryYear >= from && queryYear <= to) {
          sameYear = true;
        } else if (queryYear >= from - 1 && queryYear <= to + 1) {
          nearYear = true;
        }
        continue;
      }
      Matcher y = YEAR.matcher(value);
      while (y.find()) {
        int year = Integer.parseInt(y.group(1));
        if (year == queryYear) {
          sameYear = true;
        } else if (Math.abs(year - queryYear) <= 1) {
          nearYear = true;
        }
      }
    }
    String all = String.join("; ", listed);
    if (sameYear) {
      return new Effect(1, 0.03, "year of birth " + queryYear + " agrees with the listed " + all);
    }
    if (nearYear) {
      return new Effect(1, 0, "year of birth " + queryYear + " is a year from the listed " + all);
    }
    return new Effect(
        0.85, 0, "date of birth " + query + " differs from every listed one (" + all + ")");
  }

  /** Compares a queried country with the entry's nationalities, citizenships and addresses. */
  static Effect country(String query, List<String> listed) {
    String code = Countries.code(query);
    if (code == null || listed.isEmpty()) {
      return Effect.NONE;
    }
    Set<String> codes = Countries.codes(listed);
    if (codes.isEmpty()) {
      return Effect.NONE;
    }
    for (String c : codes) {
      if (Countries.agree(code, c)) {
        return new Effect(
            1, 0.02, "country " + query + " agrees with the listed " + String.join(", ", listed));
      }
    }
    return new Effect(
        0.95,
        0,
        String.format(
            Locale.ROOT,
            "country %s is not among the listed %s",
            query,
            String.join(", ", listed)));
  }
}
