package io.sanctionscreen.access;

import io.quarkus.security.identity.SecurityIdentity;

/** The name a caller is recorded under: the authenticated principal's. */
public final class Callers {

  private Callers() {}

  /** The caller's name, "anonymous" if none is authenticated. */
  public static String name(SecurityIdentity identity) {
    return identity == null || identity.isAnonymous()
        ? "anonymous"
        : identity.getPrincipal().getName();
  }
}
