package io.sanctionscreen.console;

import io.sanctionscreen.lists.model.EntryType;
import io.sanctionscreen.screening.Purpose;
import io.sanctionscreen.screening.ScreenRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The Screen form as typed, kept to show it again with the answer or with what is wrong.
 *
 * @param name the name
 * @param type person, organization, vessel, aircraft or blank
 * @param country a country
 * @param birthDate YYYY, YYYY-MM or YYYY-MM-DD
 * @param identifiers one a line, "type: value" or a bare value
 * @param purpose a purpose or blank
 * @param reference the officer's reference
 */
public record ScreenForm(
    String name,
    String type,
    String country,
    String birthDate,
    String identifiers,
    String purpose,
    String reference) {

  static final ScreenForm EMPTY = new ScreenForm("", "", "", "", "", "INVESTMENT", "");

  /** The kinds of party the form offers, as the API names them. */
  public List<String> types() {
    return Arrays.stream(EntryType.values()).map(EntryType::apiName).toList();
  }

  /** The purposes the form offers. */
  public List<String> purposes() {
    return Arrays.stream(Purpose.values()).map(Purpose::name).toList();
  }

  /** The request the form states, or null with the reasons added to {@code errors}. */
  ScreenRequest toRequest(List<String> errors) {
    EntryType t = null;
    if (!blank(type)) {
      try {
        t = EntryType.fromApi(type);
      } catch (IllegalArgumentException e) {
        errors.add("Type: " + e.getMessage());
      }
    }
    Purpose p = null;
    if (!blank(purpose)) {
      try {
        p = Purpose.valueOf(purpose.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add("Purpose: '" + purpose + "' is not one of " + Arrays.toString(Purpose.values()));
      }
    }
    List<ScreenRequest.IdentifierInput> ids = new ArrayList<>();
    if (!blank(identifiers)) {
      for (String line : identifiers.split("\\R")) {
        if (blank(line)) {
          continue;
        }
        int colon = line.lastIndexOf(':');
        ids.add(
            colon < 0
                ? new ScreenRequest.IdentifierInput(null, line.trim())
                : new ScreenRequest.IdentifierInput(
                    orNull(line.substring(0, colon)), line.substring(colon + 1).trim()));
      }
    }
    if (!errors.isEmpty()) {
      return null;
    }
    return new ScreenRequest(
        name == null ? "" : name.trim(),
        t,
        orNull(country),
        orNull(birthDate),
        p,
        null,
        null,
        orNull(reference),
        ids.isEmpty() ? null : ids,
        null,
        null);
  }

  /** The form's label of a request field, for messages. */
  static String label(String field) {
    if (field == null) {
      return "Request";
    }
    if (field.startsWith("identifiers")) {
      return "Identifiers";
    }
    return switch (field) {
      case "name" -> "Name";
      case "country" -> "Country";
      case "birthDate" -> "Birth date";
      case "reference" -> "Reference";
      case "type" -> "Type";
      case "purpose" -> "Purpose";
      default -> field;
    };
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String orNull(String s) {
    return blank(s) ? null : s.trim();
  }
}
