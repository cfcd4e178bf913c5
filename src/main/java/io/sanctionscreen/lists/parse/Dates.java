package io.sanctionscreen.lists.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date handling shared by the parsers. Dates of birth are written as ISO 8601 with the precision
 * the list gives (1948, 1948-12, 1948-12-10); the two imprecise forms OFAC writes in words keep
 * OFAC's wording around ISO dates, so that every parser writes them alike: an approximate date is
 * {@code circa 1951}, a range is {@code 1955 to 1957}.
 */
final class Dates {

  private static final Pattern DMY =
      Pattern.compile("^(\\d{1,2}|dd|DD|00)[/.-](\\d{1,2}|mm|MM|00)[/.-](\\d{4})$");
  private static final Pattern MY = Pattern.compile("^(\\d{1,2}|mm|MM|00)[/.-](\\d{4})$");
  private static final Pattern ISO_PREFIX = Pattern.compile("^\\d{4}(-\\d{2}(-\\d{2})?)?$");

  private Dates() {}

  /**
   * An OFAC date as written in remarks, CSV and XML ("10 Dec 1948", "Dec 1948", "circa 1951", "1955
   * to 1957"), in the shared form.
   */
  static String ofac(String text) {
    String t = EntryBuilder.clean(text);
    if (t == null) {
      return null;
    }
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("circa ")) {
      return "circa " + OfacRemarksParser.isoDate(t.substring(6).trim());
    }
    int to = lower.indexOf(" to ");
    if (to > 0) {
      return OfacRemarksParser.isoDate(t.substring(0, to).trim())
          + " to "
          + OfacRemarksParser.isoDate(t.substring(to + 4).trim());
    }
    return OfacRemarksParser.isoDate(t);
  }

  /**
   * A day-first date as the UK lists write it ("28/06/1960", "00/00/1951", "dd/mm/1968",
   * "dd/09/1958", "06/1960", "1960"), as an ISO prefix; other text is returned as written.
   */
  static String dayFirst(String text) {
    String t = EntryBuilder.clean(text);
    if (t == null) {
      return null;
    }
    Matcher m = DMY.matcher(t);
    if (m.matches()) {
      return iso(m.group(3), number(m.group(2)), number(m.group(1)), t);
    }
    m = MY.matcher(t);
    if (m.matches()) {
      return iso(m.group(2), number(m.group(1)), 0, t);
    }
    // A bare year ("1960") is an ISO prefix already; other text is kept as written.
    return t;
  }

  /** An ISO prefix from parts, where 0 means unknown; text as written if the parts are invalid. */
  static String iso(String year, int month, int day, String asWritten) {
    try {
      int y = Integer.parseInt(year);
      if (month == 0) {
        return String.format(Locale.ROOT, "%04d", y);
      }
      if (day == 0) {
        return YearMonth.of(y, month).toString();
      }
      return LocalDate.of(y, month, day).toString();
    } catch (NumberFormatException | DateTimeException e) {
      return asWritten;
    }
  }

  /** True for 1948, 1948-12 and 1948-12-10. */
  static boolean isIsoPrefix(String s) {
    return s != null && ISO_PREFIX.matcher(s).matches();
  }

  /** The date part of an ISO date or date-time ("2026-02-27T00:00:09.554Z"). */
  static LocalDate isoDay(String text, String what) {
    String t = EntryBuilder.clean(text);
    if (t == null || t.length() < 10) {
      throw new ListFormatException(what + " is missing or not a date: '" + text + "'");
    }
    try {
      return LocalDate.parse(t.substring(0, 10));
    } catch (DateTimeException e) {
      throw new ListFormatException(what + " is not a date: '" + text + "'", e);
    }
  }

  /** A day-first date "10/04/2025" as a LocalDate. */
  static LocalDate dayFirstDay(String text, String what) {
    String iso = dayFirst(text);
    if (iso == null || iso.length() != 10 || !isIsoPrefix(iso)) {
      throw new ListFormatException(what + " is missing or not a dd/mm/yyyy date: '" + text + "'");
    }
    return LocalDate.parse(iso);
  }

  private static int number(String s) {
    if (s.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(s);
    }
    return 0;
  }
}
