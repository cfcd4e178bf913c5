package io.sanctionscreen.monitoring;

import io.sanctionscreen.errors.InvalidInputException;

/** Reads offset and limit query parameters, naming the parameter when one is wrong. */
final class Paging {

  private Paging() {}

  static int offset(String value) {
    int n = integer("offset", value);
    if (n < 0) {
      throw new InvalidInputException("offset", "must be 0 or more");
    }
    return n;
  }

  static int limit(String value, int max) {
    int n = integer("limit", value);
    if (n < 1 || n > max) {
      throw new InvalidInputException("limit", "must be between 1 and " + max);
    }
    return n;
  }

  private static int integer(String field, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
      throw new InvalidInputException(field, "'" + shown + "' is not a whole number");
    }
  }
}
