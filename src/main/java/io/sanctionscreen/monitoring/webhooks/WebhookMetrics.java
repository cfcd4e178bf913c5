package io.sanctionscreen.monitoring.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures webhook delivery: deliveries finished by result, failed attempts, and the backlog of
 * pending deliveries (as last read by this replica's sender, never during a scrape).
 */
@ApplicationScoped
public class WebhookMetrics {

  /** Deliveries finished, by result: delivered or failed (given up). */
  public static final String DELIVERIES = "screening.webhook.deliveries";

  /** Attempts that the receiver did not accept (retried or not). */
  public static final String FAILED_ATTEMPTS = "screening.webhook.attempts.failed";

  /** Deliveries not yet delivered nor given up. */
  public static final String PENDING = "screening.webhook.pending";

  private final Counter delivered;
  private final Counter failed;
  private final Counter failedAttempts;
  private final AtomicLong pending = new AtomicLong();

  public WebhookMetrics(MeterRegistry registry) {
    delivered =
        Counter.builder(DELIVERIES)
            .description("Webhook deliveries finished, by result")
            .tag("result", "delivered")
            .register(registry);
    failed =
        Counter.builder(DELIVERIES)
            .description("Webhook deliveries finished, by result")
            .tag("result", "failed")
            .register(registry);
    failedAttempts =
        Counter.builder(FAILED_ATTEMPTS)
            .description("Webhook attempts that the receiver did not accept")
            .register(registry);
    Gauge.builder(PENDING, pending, AtomicLong::get)
        .description("Webhook deliveries waiting to be delivered")
        .register(registry);
  }

  void attempted(WebhookStore.Outcome outcome, WebhookDelivery.Status after) {
    if (!outcome.delivered()) {
      failedAttempts.increment();
    }
    if (after == WebhookDelivery.Status.DELIVERED) {
      delivered.increment();
    } else if (after == WebhookDelivery.Status.FAILED) {
      failed.increment();
    }
  }

  void gaveUp() {
    failed.increment();
  }

  void pending(long count) {
    pending.set(count);
  }
}
