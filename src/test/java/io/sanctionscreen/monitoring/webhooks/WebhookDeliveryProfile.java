package io.sanctionscreen.monitoring.webhooks;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/**
 * Webhooks on free loopback ports (receivers are started by the test, or not, on the configured
 * port), with short timeouts and backoff so that retries take a second, not an hour. Each watchlist
 * serves one test: deals, flaky, payments (its receiver starts late), broken, ipo.
 */
public class WebhookDeliveryProfile implements QuarkusTestProfile {

  /** The secret of a watchlist's webhook in this profile. */
  static String secret(String watchlist) {
    return "test-" + watchlist + "-webhook-secret";
  }

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> config = new HashMap<>();
    config.put("screening.lists.bundled", "us-ofac-cons,un-sc");
    for (String watchlist : new String[] {"deals", "flaky", "payments", "broken", "ipo"}) {
      String prefix = "screening.monitoring.webhooks." + watchlist;
      config.put(prefix + ".url", "http://127.0.0.1:" + freePort() + "/hooks/" + watchlist);
      config.put(prefix + ".secret", secret(watchlist));
    }
    config.put("screening.monitoring.webhook-delivery.poll-every", "1s");
    config.put("screening.monitoring.webhook-delivery.connect-timeout", "1s");
    config.put("screening.monitoring.webhook-delivery.timeout", "2s");
    config.put("screening.monitoring.webhook-delivery.backoff-base", "0.3s");
    config.put("screening.monitoring.webhook-delivery.backoff-max", "1s");
    config.put("screening.monitoring.webhook-delivery.max-attempts", "6");
    return config;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
