package io.sanctionscreen.lists.model;

/** The role of a name in a list entry: its primary name or one of its aliases. */
public enum NameKind {
  /** The name the list gives first. */
  PRIMARY,
  /** Also known as. */
  AKA,
  /** Formerly known as. */
  FKA,
  /** Now known as. */
  NKA,
  /** A name in its original (non-Latin) script. */
  ORIGINAL_SCRIPT
}
