package io.sanctionscreen.lists;

import io.sanctionscreen.errors.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Reads the query and path parameters of the list API, so that a bad value is a 400 naming the
 * parameter rather than JAX-RS's bare 404 for a value it cannot convert.
 */
public final class QueryParams {

  private QueryParams() {}

  /**
   * A known source id.
   *
   * @throws InvalidInputException for an id of the wrong shape
   * @throws NotFoundException for an unknown one
   */
  public static SourceCatalog.SourceInfo source(String value) {
    if (value == null || !SourceCatalog.SOURCE_ID.matcher(value).matches()) {
      throw new InvalidInputException(
          "source", "expected a source id: lower-case letters, digits and dashes, at most 64");
    }
    return SourceCatalog.find(value).orElseThrow(() -> ListProblems.unknownSource(value));
  }

  /**
   * A stable entity id: a source id, a colon, the source's own id.
   *
   * @throws InvalidInputException for an id of the wrong shape
   */
  public static String entityId(String value) {
    if (value == null || !ListQueryService.ENTITY_ID.matcher(value).matches()) {
      throw new InvalidInputException(
          "entityId", "expected <source>:<id>, such as us-ofac-cons:33114");
    }
    return value;
  }

  /**
   * An integer in {@code [min, max]}; {@code fallback} when absent.
   *
   * @throws InvalidInputException naming the parameter and the bounds
   */
  public static int integer(String name, String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    long v;
    try {
      v = Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(name, "'" + abbreviate(value) + "' is not an integer");
    }
    if (v < min || v > max) {
      throw new InvalidInputException(name, "must be between " + min + " and " + max);
    }
    return (int) v;
  }

  /**
   * A version number; null when absent.
   *
   * @throws InvalidInputException unless a positive integer
   */
  public static Long version(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      long v = Long.parseLong(value.strip());
      if (v > 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(
        name, "'" + abbreviate(value) + "' is not a version number (a positive integer)");
  }

  /**
   * A date in ISO 8601 form; null when absent.
   *
   * @throws InvalidInputException for another form
   */
  public static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          name, "'" + abbreviate(value) + "' is not a date of the form 2026-02-27");
    }
  }

  /**
   * {@code true} or {@code false}; {@code fallback} when absent.
   *
   * @throws InvalidInputException for anything else
   */
  public static boolean bool(String name, String value, boolean fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new InvalidInputException(name, "expected true or false");
    };
  }

  private static String abbreviate(String value) {
    return value.length() > 40 ? value.substring(0, 40) + "..." : value;
  }
}
