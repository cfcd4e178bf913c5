package io.sanctionscreen.web.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.sanctionscreen.web.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers the access failures decided outside the REST layer (the permission on {@code /q/metrics})
 * as the API answers its own: 401 or 403 with a problem+json body, instead of an empty body. Runs
 * before Quarkus' own authentication failure handler.
 */
@ApplicationScoped
public class SecurityFailureHandler {

  private final ObjectMapper json;
  private final String formPostLocation;
  private final Optional<String> formErrorPage;

  public SecurityFailureHandler(
      ObjectMapper json,
      @ConfigProperty(
              name = "quarkus.http.auth.form.post-location",
              defaultValue = "/j_security_check")
          String formPostLocation,
      @ConfigProperty(name = "quarkus.http.auth.form.error-page") Optional<String> formErrorPage) {
    this.json = json;
    this.formPostLocation = formPostLocation;
    this.formErrorPage = formErrorPage;
  }

  void register(@Observes Router router) {
    router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
  }

  void register(@Observes Filters filters) {
    // After the rate limit (250), before authentication (200).
    filters.register(this::anonymousMetrics, 240);
  }

  void anonymousMetrics(RoutingContext rc) {
    String path = rc.normalizedPath();
    boolean metrics = path != null && (path.equals("/q/metrics") || path.startsWith("/q/metrics/"));
    if (metrics && rc.request().getHeader(HttpHeaders.AUTHORIZATION) == null) {
      unauthorized(rc);
      return;
    }
    rc.next();
  }

  private void unauthorized(RoutingContext rc) {
    rc.response()
        .putHeader("WWW-Authenticate", "Basic realm=\"sanctions-screening\", charset=\"UTF-8\"");
    answer(rc, 401, "unauthorized", "Unauthorized", "Credentials are missing or not valid.");
  }

  void handle(RoutingContext rc) {
    Throwable failure = rc.failure();
    if (rc.response().headWritten()) {
      rc.next();
      return;
    }
    String path = rc.normalizedPath();
    if (failure instanceof AuthenticationFailedException
        && formErrorPage.isPresent()
        && rc.request().method() == HttpMethod.POST
        && formPostLocation.equals(path)) {
      // A wrong user or secret on the console's login form: back to the form, which says so.
      rc.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, formErrorPage.get()).end();
      return;
    }
    if (console(path)) {
      rc.next();
      return;
    }
    if (failure instanceof AuthenticationFailedException
        || failure instanceof UnauthorizedException
        || failure instanceof AuthenticationCompletionException) {
      unauthorized(rc);
    } else if (failure instanceof ForbiddenException) {
      answer(
          rc,
          403,
          "forbidden",
          "Forbidden",
          "This operation needs a role the caller does not have.");
    } else {
      rc.next();
    }
  }

  /**
   * The console's pages are for browsers: their form authentication answers its own failures (back
   * to the login page), not with problem+json.
   */
  private static boolean console(String path) {
    return path != null && (path.equals("/console") || path.startsWith("/console/"));
  }

  private void answer(RoutingContext rc, int status, String type, String title, String detail) {
    Problem p =
        new Problem(
            Problem.TYPE_BASE + type, title, status, detail, rc.normalizedPath(), List.of());
    String body;
    try {
      body = json.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      body = "{\"status\":" + status + "}";
    }
    rc.response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .end(body);
  }
}
