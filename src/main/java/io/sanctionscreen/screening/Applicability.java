package io.sanctionscreen.screening;

/** Whether a measure restricts what the caller is about to do. */
public enum Applicability {
  /** The measure prohibits or restricts this purpose. */
  APPLIES,
  /** It may, depending on the details: a person must decide. */
  MAY_APPLY,
  /** It does not restrict this purpose. */
  DOES_NOT_APPLY;

  /** The stronger of two. */
  public Applicability max(Applicability other) {
    return ordinal() <= other.ordinal() ? this : other;
  }
}
