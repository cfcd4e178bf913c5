package io.sanctionscreen.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The console's addresses, in one place for the pages and their links. */
final class ConsolePaths {

  static final String ROOT = "/console";
  static final String LOGIN = ROOT + "/login";
  static final String ASSETS = ROOT + "/assets/";
  static final String SCREEN = ROOT + "/screen";
  static final String SCREENINGS = ROOT + "/screenings";
  static final String ENTRIES = ROOT + "/entries";
  static final String LISTS = ROOT + "/lists";
  static final String DEAL_LIST = ROOT + "/deal-list";
  static final String ALERTS = ROOT + "/alerts";

  private ConsolePaths() {}

  /** A value as one path segment ("us-ofac-sdn:36216", an id with a slash or a space). */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
