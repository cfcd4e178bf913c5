package io.sanctionscreen.lists;

/**
 * The OpenAPI examples of the list operations, in one place. Each runs as given against the bundled
 * lists.
 */
public final class Examples {

  private Examples() {}

  /** The stable id of SenseTime's NS-CMIC entry. */
  public static final String ENTITY_ID = "us-ofac-cons:33114";

  /** A bundled source id. */
  public static final String SOURCE_ID = "us-ofac-cons";

  /** The UN Security Council list, bundled; its official address serves a refresh. */
  public static final String UN_SOURCE = "un-sc";
}
