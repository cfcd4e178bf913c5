package io.sanctionscreen.lists;

/** Fits text into its column. */
final class Text {

  private Text() {}

  /** The first {@code max} characters of {@code s}; null stays null. */
  static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
