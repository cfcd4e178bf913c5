package io.sanctionscreen.monitoring;

import io.sanctionscreen.errors.InvalidInputException;

/**
 * Reads offset and limit query parameters and id path parameters, naming the parameter when one is
 * wrong (a 400, where JAX-RS would answer a typed parameter it cannot convert with a bare 404).
 */
public final class Paging {

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

  /**
   * An id path parameter: a positive whole number.
   *
   * @throws InvalidInputException naming the parameter otherwise
   */
  public static long id(String value) {
    try {
      long id = Long.parseLong(value.strip());
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    throw new InvalidInputException("id", "'" + shown + "' is not an id (a positive whole number)");
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
