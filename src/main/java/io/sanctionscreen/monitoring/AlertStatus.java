package io.sanctionscreen.monitoring;

/** Where an alert stands in its review. */
public enum AlertStatus {
  /** Raised, not decided yet. */
  OPEN,
  /** Passed to a senior officer; still to be decided. */
  ESCALATED,
  /** Decided a false positive whose outcome is BLOCK: a second officer must approve. */
  PENDING_APPROVAL,
  /** A false positive, confirmed: the pair stays suppressed while the entry is unchanged. */
  CLEARED,
  /** The party is the listed one. */
  CONFIRMED
}
