package io.sanctionscreen.screening;

/** The answer of a screening for the purpose the caller stated. */
public enum Outcome {
  /** A strong hit whose measures restrict the purpose: do not proceed. */
  BLOCK,
  /** A hit a person must look at: a possible match, or measures that may apply. */
  REVIEW,
  /** No hit that restricts the purpose. */
  CLEAR;

  /** The more severe of two outcomes. */
  public Outcome worst(Outcome other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
