package io.sanctionscreen.console;

import io.quarkus.security.identity.SecurityIdentity;
import io.sanctionscreen.access.Callers;
import io.sanctionscreen.access.Roles;
import io.vertx.ext.web.RoutingContext;

/**
 * What every console page shows around its content: who is logged in, the CSRF token of its forms
 * (the logout button is one), and which section is open.
 *
 * @param user the logged-in user
 * @param admin whether the user holds the admin role
 * @param csrf the token of this page's forms
 * @param section the section open: screen, screenings, lists, deal-list
 */
public record ConsolePage(String user, boolean admin, String csrf, String section) {

  static ConsolePage of(
      SecurityIdentity identity, RoutingContext rc, CsrfGuard csrf, String section) {
    String user = Callers.name(identity);
    return new ConsolePage(user, identity.hasRole(Roles.ADMIN), csrf.token(rc, user), section);
  }
}
