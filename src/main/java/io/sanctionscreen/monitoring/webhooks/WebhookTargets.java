package io.sanctionscreen.monitoring.webhooks;

import io.sanctionscreen.errors.MisconfiguredException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The configured webhooks, checked: each url absolute http(s) and each with a secret. A bad
 * configuration stops the start with a message that names the keys (never a secret's value).
 */
public final class WebhookTargets {

  private static final String PREFIX = "screening.monitoring.webhooks.";

  /** One watchlist's webhook: where to send and how to sign. */
  public static final class Target {
    private final URI url;
    private final byte[] secret;

    Target(URI url, byte[] secret) {
      this.url = url;
      this.secret = secret.clone();
    }

    /** The address the body is POSTed to. */
    public URI url() {
      return url;
    }

    /** The signature header's value for this body. */
    public String sign(byte[] body) {
      return WebhookSignature.header(secret, body);
    }

    /** Says where the webhook goes, never the secret. */
    @Override
    public String toString() {
      return display(url.toString());
    }
  }

  private final Map<String, Target> byWatchlist;

  private WebhookTargets(Map<String, Target> byWatchlist) {
    this.byWatchlist = Map.copyOf(byWatchlist);
  }

  /**
   * Checks the configured webhooks.
   *
   * @throws MisconfiguredException naming every configuration key at fault
   */
  public static WebhookTargets of(WebhooksConfig config) {
    Map<String, Target> targets = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    new TreeMap<>(config.watchlists())
        .forEach(
            (watchlist, webhook) -> {
              String key = PREFIX + quoted(watchlist);
              Optional<String> url = webhook.url().filter(u -> !u.isBlank());
              Optional<String> secret = webhook.secret().filter(s -> !s.isBlank());
              if (url.isEmpty()) {
                if (secret.isPresent()) {
                  problems.add(key + ".secret is set but " + key + ".url is not");
                }
                return;
              }
              Optional<URI> uri = parse(url.get());
              if (uri.isEmpty()) {
                problems.add(
                    key
                        + ".url must be an absolute http or https URL, not '"
                        + display(url.get())
                        + "'");
              }
              if (secret.isEmpty()) {
                problems.add(
                    key
                        + ".url is set but "
                        + key
                        + ".secret is not: every webhook body is signed with its watchlist's secret");
              }
              if (uri.isPresent() && secret.isPresent()) {
                targets.put(
                    watchlist,
                    new Target(uri.get(), secret.get().getBytes(StandardCharsets.UTF_8)));
              }
            });
    if (!problems.isEmpty()) {
      throw new MisconfiguredException(
          "webhook-misconfigured",
          "Webhook configuration is incomplete",
          String.join("; ", problems));
    }
    return new WebhookTargets(targets);
  }

  /** The webhook of a watchlist, if it has one. */
  public Optional<Target> forWatchlist(String watchlist) {
    return Optional.ofNullable(byWatchlist.get(watchlist));
  }

  /** Whether any watchlist has a webhook. */
  public boolean isEmpty() {
    return byWatchlist.isEmpty();
  }

  /** The watchlists that have a webhook, in name order. */
  public List<String> watchlists() {
    return List.copyOf(byWatchlist.keySet());
  }

  /**
   * A URL as it may be shown and logged: scheme, host, port and path, without user information, a
   * query or a fragment (where credentials may hide).
   */
  static String display(String url) {
    try {
      URI u = new URI(url);
      if (u.getScheme() == null || u.getHost() == null) {
        return "(not a URL)";
      }
      return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null)
          .toString();
    } catch (URISyntaxException e) {
      return "(not a URL)";
    }
  }

  private static Optional<URI> parse(String url) {
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        return Optional.empty();
      }
      return Optional.of(u);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static String quoted(String watchlist) {
    return watchlist.contains(".") ? '"' + watchlist + '"' : watchlist;
  }
}
