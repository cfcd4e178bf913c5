package io.sanctionscreen.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Protects the login form against cross-site request forgery (a page elsewhere that logs the
 * officer's browser into an account of the attacker's, so that what the officer then records lands
 * there). The login post is handled by the form authentication before any page or form token of the
 * console exists, so it is checked the way browsers allow without one: a post that the browser
 * itself marks as not coming from the console's own origin ({@code Sec-Fetch-Site} other than
 * {@code same-origin}), or, from an older browser without that header, whose {@code Origin} names
 * another site, is refused (403) before the credentials are read. Clients that are not browsers
 * send neither header and are not concerned.
 */
@ApplicationScoped
public class LoginOriginGuard {

  /** After the security headers (400) and the rate limit (250), before authentication (200). */
  static final int PRIORITY = 240;

  private final String postLocation;

  public LoginOriginGuard(
      @ConfigProperty(
              name = "quarkus.http.auth.form.post-location",
              defaultValue = "/j_security_check")
          String postLocation) {
    this.postLocation = postLocation;
  }

  void register(@Observes Filters filters) {
    filters.register(this::filter, PRIORITY);
  }

  void filter(RoutingContext rc) {
    if (rc.request().method() == HttpMethod.POST
        && postLocation.equals(rc.normalizedPath())
        && crossSite(
            rc.request().getHeader("Origin"),
            rc.request().getHeader("Sec-Fetch-Site"),
            rc.request().authority())) {
      rc.response()
          .setStatusCode(403)
          .putHeader("Content-Type", "text/html; charset=utf-8")
          .end(
              "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Refused"
                  + "</title></head><body><h1>Refused</h1><p>The login form was sent from another"
                  + " site. Open <a href=\"/console/login\">the console's login page</a> and log in"
                  + " there.</p></body></html>");
      return;
    }
    rc.next();
  }

  /**
   * Whether a login post comes from another site.
   *
   * @param origin the {@code Origin} header, or null
   * @param fetchSite the {@code Sec-Fetch-Site} header, or null
   * @param authority the host and port the request was sent to, or null
   */
  static boolean crossSite(String origin, String fetchSite, HostAndPort authority) {
    if (fetchSite != null && !fetchSite.isBlank()) {
      // Set by the browser itself, which pages cannot forge: the console's own form is same-origin.
      String site = fetchSite.strip().toLowerCase(Locale.ROOT);
      return !site.equals("same-origin") && !site.equals("none");
    }
    if (origin == null || origin.isBlank() || origin.strip().equals("null")) {
      // No origin to compare: the console's pages send no referrer, so a browser without
      // Sec-Fetch-Site sends "null" from them too.
      return false;
    }
    try {
      URI o = URI.create(origin.strip());
      if (o.getHost() == null || authority == null) {
        return true;
      }
      int port =
          o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
      int to = authority.port() != -1 ? authority.port() : port == 443 ? 443 : 80;
      return !o.getHost().equalsIgnoreCase(authority.host()) || port != to;
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
