package io.sanctionscreen.access;

/** The roles a caller can hold; each endpoint names the roles it admits. */
public final class Roles {

  /** Client systems: screen, one name or a batch. */
  public static final String SCREENER = "screener";

  /** Compliance staff: screen, read entries, lists, versions, changes and screening records. */
  public static final String OFFICER = "officer";

  /** List management and configuration: import, refresh. */
  public static final String ADMIN = "admin";

  /** Scrapes the Prometheus metrics. */
  public static final String MONITOR = "monitor";

  private Roles() {}
}
