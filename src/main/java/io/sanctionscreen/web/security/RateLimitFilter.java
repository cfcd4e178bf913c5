package io.sanctionscreen.web.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.sanctionscreen.web.Problem;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits the request rate of each caller (a token bucket per claimed user name, per bearer token,
 * or per address), and slows down guessing: an address whose requests fail authentication more than
 * {@code screening.security.auth-failure-burst} times is refused (429) until failures age out at
 * {@code auth-failures-per-minute}. One noisy caller gets 429 and the others keep their answers.
 *
 * <p>It runs on every HTTP request ahead of authentication and routing, and decides by the
 * normalized path (dot segments resolved, repeated slashes merged, as the router matches it), so
 * {@code //api/v1/screen} or {@code /q/../api/v1/lists} meet the same limit as the plain path;
 * every path is limited except the health probes.
 */
@ApplicationScoped
public class RateLimitFilter {

  /** After CORS (300), before authentication (200) and authorization (100). */
  static final int PRIORITY = 250;

  private static final int MAX_TRACKED = 50_000;

  private static final Set<String> UNLIMITED =
      Set.of("/q/health", "/q/health/live", "/q/health/ready", "/q/health/started");

  private final SecurityConfig config;
  private final ObjectMapper json;
  private final String formPostLocation;
  private final String formErrorPage;
  private final Map<String, Bucket> callers = new ConcurrentHashMap<>();
  private final Map<String, Bucket> failures = new ConcurrentHashMap<>();
  private final Counter authFailures;
  private final Counter rateLimited;
  private final Counter lockedOut;

  public RateLimitFilter(
      SecurityConfig config,
      ObjectMapper json,
      MeterRegistry registry,
      @ConfigProperty(
              name = "quarkus.http.auth.form.post-location",
              defaultValue = "/j_security_check")
          String formPostLocation,
      @ConfigProperty(name = "quarkus.http.auth.form.error-page") Optional<String> formErrorPage) {
    this.config = config;
    this.json = json;
    this.formPostLocation = formPostLocation;
    this.formErrorPage = formErrorPage.orElse(null);
    this.authFailures =
        Counter.builder("screening.auth.failures")
            .description("Requests whose credentials failed authentication (401)")
            .register(registry);
    this.rateLimited =
        Counter.builder("screening.requests.throttled")
            .description("Requests refused with 429")
            .tag("reason", "rate-limit")
            .register(registry);
    this.lockedOut =
        Counter.builder("screening.requests.throttled")
            .description("Requests refused with 429")
            .tag("reason", "auth-failures")
            .register(registry);
  }

  void register(@Observes Filters filters) {
    filters.register(this::filter, PRIORITY);
  }

  void filter(RoutingContext rc) {
    String path = rc.normalizedPath();
    if (path == null || UNLIMITED.contains(trimSlash(path))) {
      rc.next();
      return;
    }
    long now = System.nanoTime();
    String address = address(rc);
    double failureRate = config.authFailuresPerMinute() / 60.0;
    Bucket f = failures.get(address);
    if (f != null) {
      double wait = f.wait(failureRate, config.authFailureBurst(), now);
      if (wait > 0) {
        lockedOut.increment();
        refuse(
            rc,
            path,
            "too-many-authentication-failures",
            "Too many failed authentications",
            "Requests from this address failed authentication too often; retry later.",
            (long) Math.ceil(wait));
        return;
      }
    }
    String auth = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
    Bucket b = tracked(callers).computeIfAbsent(key(auth, address), k -> new Bucket(burst(), now));
    if (!b.take(config.rateLimitPerSecond(), burst(), now)) {
      rateLimited.increment();
      refuse(
          rc,
          path,
          "rate-limited",
          "Too many requests",
          "This caller sends more than "
              + BigDecimal.valueOf(config.rateLimitPerSecond()).stripTrailingZeros().toPlainString()
              + " requests a second; slow down and retry.",
          1);
      return;
    }
    // A wrong secret on the console's login form counts like a wrong Basic credential: the form
    // authentication sends the browser back to its error page.
    boolean formLogin =
        formErrorPage != null
            && rc.request().method() == HttpMethod.POST
            && path.equals(formPostLocation);
    if (auth != null || formLogin) {
      rc.addHeadersEndHandler(
          v -> {
            if (rc.response().getStatusCode() == 401
                || (formLogin && failedLogin(rc.response().headers().get("Location")))) {
              authFailures.increment();
              tracked(failures)
                  .computeIfAbsent(address, k -> new Bucket(config.authFailureBurst(), now))
                  .fail(failureRate, config.authFailureBurst(), System.nanoTime());
            }
          });
    }
    rc.next();
  }

  /** Whether the form authentication sent the browser to its error page. */
  private boolean failedLogin(String location) {
    return location != null && location.endsWith(formErrorPage);
  }

  private int burst() {
    return config.rateLimitBurst();
  }

  /** The table, after forgetting callers whose buckets have refilled if it grew too large. */
  private Map<String, Bucket> tracked(Map<String, Bucket> table) {
    if (table.size() > MAX_TRACKED) {
      long now = System.nanoTime();
      table.values().removeIf(b -> b.idleSince(now) > 3_600_000_000_000L);
      if (table.size() > MAX_TRACKED) {
        table.clear();
      }
    }
    return table;
  }

  private void refuse(
      RoutingContext rc, String path, String type, String title, String detail, long retryAfter) {
    Problem p = new Problem(Problem.TYPE_BASE + type, title, 429, detail, path, List.of());
    String body;
    try {
      body = json.writeValueAsString(p);
    } catch (JsonProcessingException e) {
      body = "{\"status\":429}";
    }
    rc.response()
        .setStatusCode(429)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
        .putHeader("Retry-After", Long.toString(Math.max(1, retryAfter)))
        .end(body);
  }

  private static String trimSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static String address(RoutingContext rc) {
    var a = rc.request().remoteAddress();
    return a == null ? "?" : a.hostAddress();
  }

  private static String key(String auth, String address) {
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return "user:" + (colon < 0 ? decoded : decoded.substring(0, colon));
      } catch (IllegalArgumentException e) {
        return "bad-basic:" + address;
      }
    }
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return "token:" + Integer.toHexString(auth.hashCode());
    }
    return "address:" + address.toLowerCase(Locale.ROOT);
  }

  /** A token bucket; synchronized per caller. */
  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    private void refill(double rate, int burst, long now) {
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
      last = now;
    }

    synchronized boolean take(double rate, int burst, long now) {
      refill(rate, burst, now);
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }

    /** Seconds until a token is back, 0 if one is there. */
    synchronized double wait(double rate, int burst, long now) {
      refill(rate, burst, now);
      return tokens >= 1 ? 0 : (1 - tokens) / rate;
    }

    /** Spends a token, at most a bucket's worth into debt. */
    synchronized void fail(double rate, int burst, long now) {
      refill(rate, burst, now);
      tokens = Math.max(-burst, tokens - 1);
    }

    synchronized long idleSince(long now) {
      return now - last;
    }
  }
}
