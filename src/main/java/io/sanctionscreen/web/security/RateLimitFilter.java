package io.sanctionscreen.web.security;

import io.sanctionscreen.web.Problem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Limits the request rate of each caller (a token bucket per claimed user name, per bearer token,
 * or per address), before authentication so that guessing secrets is throttled too. One noisy
 * caller gets 429 and the others keep their answers.
 */
public class RateLimitFilter {

  private static final int MAX_TRACKED = 50_000;

  private final SecurityConfig config;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public RateLimitFilter(SecurityConfig config) {
    this.config = config;
  }

  /** A token bucket; synchronized per caller. */
  private static final class Bucket {
    private double tokens;
    private long last;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.last = now;
    }

    synchronized boolean take(double rate, int burst, long now) {
      tokens = Math.min(burst, tokens + (now - last) / 1e9 * rate);
      last = now;
      if (tokens >= 1) {
        tokens -= 1;
        return true;
      }
      return false;
    }
  }

  @ServerRequestFilter(preMatching = true)
  public Response limit(HttpServerRequest request, HttpHeaders headers) {
    String path = request.path();
    if (path == null || !path.startsWith("/api/")) {
      return null;
    }
    if (buckets.size() > MAX_TRACKED) {
      buckets.clear();
    }
    long now = System.nanoTime();
    Bucket b =
        buckets.computeIfAbsent(
            key(request, headers), k -> new Bucket(config.rateLimitBurst(), now));
    if (b.take(config.rateLimitPerSecond(), config.rateLimitBurst(), now)) {
      return null;
    }
    Problem p =
        new Problem(
            Problem.TYPE_BASE + "rate-limited",
            "Too many requests",
            429,
            "This caller sends more than "
                + config.rateLimitPerSecond()
                + " requests a second; slow down and retry.",
            path,
            List.of());
    return Response.status(429)
        .type(Problem.MEDIA_TYPE)
        .header("Retry-After", "1")
        .entity(p)
        .build();
  }

  private static String key(HttpServerRequest request, HttpHeaders headers) {
    String auth = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded =
            new String(
                Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return "user:" + (colon < 0 ? decoded : decoded.substring(0, colon));
      } catch (IllegalArgumentException e) {
        return "bad-basic";
      }
    }
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return "token:" + Integer.toHexString(auth.hashCode());
    }
    return "address:"
        + (request.remoteAddress() == null ? "?" : request.remoteAddress().hostAddress());
  }
}
