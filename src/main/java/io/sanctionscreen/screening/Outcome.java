package io.sanctionscreen.screening;

/** The answer of a screening. */
public enum Outcome {
  /** A hit at or above the match threshold: the counterparty is very likely the listed party. */
  MATCH,
  /** A hit between the review and match thresholds: a person must look at it. */
  REVIEW,
  /** No hit at or above the review threshold. */
  CLEAR
}
