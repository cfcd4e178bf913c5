package io.sanctionscreen.review;

/** What an officer decides about an alert. */
public enum Decision {
  /** The party is not the listed one. Clearing a BLOCK alert needs a second officer. */
  FALSE_POSITIVE,
  /** The party is the listed one. */
  TRUE_MATCH,
  /** A senior officer must decide. */
  ESCALATE
}
