package io.sanctionscreen.monitoring.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How webhook deliveries are sent and retried ({@code screening.monitoring.webhook-delivery.*}).
 */
@ConfigMapping(prefix = "screening.monitoring.webhook-delivery")
public interface WebhookDeliveryConfig {

  /** How often each replica looks for due deliveries, as a Quarkus "every" expression. */
  @WithDefault("2s")
  String pollEvery();

  /** The most deliveries one replica claims and sends (in parallel) per poll. */
  @WithDefault("20")
  int batchSize();

  /** The time allowed to open a connection to a receiver. */
  @WithDefault("5s")
  Duration connectTimeout();

  /** The time allowed for a receiver's answer once connected. */
  @WithDefault("10s")
  Duration timeout();

  /** The wait after the first failed attempt; it doubles with each further failure. */
  @WithDefault("10s")
  Duration backoffBase();

  /** The longest wait between two attempts. */
  @WithDefault("1h")
  Duration backoffMax();

  /**
   * The attempts made before a delivery is given up as FAILED (it stays visible with its attempts
   * on the alert).
   */
  @WithDefault("12")
  int maxAttempts();
}
