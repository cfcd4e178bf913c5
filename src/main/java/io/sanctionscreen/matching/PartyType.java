package io.sanctionscreen.matching;

import java.util.Locale;

/**
 * The kind of party a name belongs to, as far as scoring cares: a type mismatch lowers a score, and
 * dates of birth count only for persons.
 */
public enum PartyType {
  PERSON,
  ORGANIZATION,
  VESSEL,
  AIRCRAFT;

  /** The kind in words, as an explanation says it ("person"). */
  public String words() {
    return name().toLowerCase(Locale.ROOT);
  }
}
