package io.sanctionscreen.console;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Puts the console's security headers on every answer under {@code /console}, pages, redirects and
 * errors alike: a Content-Security-Policy that admits only the service's own scripts and styles (no
 * inline script or style), no framing, no MIME sniffing, no referrer, and no caching of pages (they
 * show screening evidence).
 */
@ApplicationScoped
public class ConsoleHeaders {

  /** The policy of every console answer. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self';"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /** Before the rate limit (250), so that its refusals carry the headers too. */
  static final int PRIORITY = 400;

  void register(@Observes Filters filters) {
    filters.register(this::filter, PRIORITY);
  }

  void filter(RoutingContext rc) {
    String path = rc.normalizedPath();
    if (path != null && (path.equals("/console") || path.startsWith("/console/"))) {
      boolean asset = path.startsWith(ConsolePaths.ASSETS);
      rc.addHeadersEndHandler(
          v -> {
            MultiMap h = rc.response().headers();
            h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            h.set("X-Frame-Options", "DENY");
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("Cache-Control", asset ? "private, max-age=3600" : "no-store");
          });
    }
    rc.next();
  }
}
