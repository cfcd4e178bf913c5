package io.sanctionscreen.matching;

/**
 * A change to a hit's score beyond the name alignment, or a fact noted without changing it, and
 * why.
 *
 * @param kind what the adjustment is about
 * @param factor what the score was multiplied by (1 if it was not)
 * @param raise what was added to the score (0 if nothing was)
 * @param text the reason in words a compliance officer reads, with the change it made
 */
public record Adjustment(Kind kind, double factor, double raise, String text) {

  /** What an adjustment is about. */
  public enum Kind {
    /** An identifier equal to a listed one: a match whatever the name says. */
    IDENTIFIER,
    /** Something of the names themselves: a missing first or last word, legal forms that differ. */
    NAME,
    /** The name matched is a weak alias. */
    WEAK_ALIAS,
    /** The query's kind of party differs from the entry's. */
    TYPE_MISMATCH,
    /** The date of birth agrees, is near, or differs. */
    BIRTH_DATE,
    /** The country agrees or differs. */
    COUNTRY
  }

  /** A fact noted, the score unchanged. */
  static Adjustment note(Kind kind, String text) {
    return new Adjustment(kind, 1, 0, text);
  }
}
