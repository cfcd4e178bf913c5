package io.sanctionscreen.lists.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of party a list entry (or a screened name) is. */
public enum EntryType {
  PERSON,
  ORGANIZATION,
  VESSEL,
  AIRCRAFT;

  /** The lower-case name used in the API. */
  @JsonValue
  public String apiName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads the API name, case-insensitively; rejects anything else.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  @JsonCreator
  public static EntryType fromApi(String value) {
    if (value == null) {
      return null;
    }
    for (EntryType t : values()) {
      if (t.name().equalsIgnoreCase(value.trim())) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown type '" + value + "': expected person, organization, vessel or aircraft");
  }
}
