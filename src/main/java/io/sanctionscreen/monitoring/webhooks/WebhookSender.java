package io.sanctionscreen.monitoring.webhooks;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends the outbox: claims the due deliveries, POSTs each signed body to its webhook (in parallel,
 * within the configured timeouts), and records every attempt. Delivery is at least once: a body may
 * arrive twice (a sender that dies after the receiver accepted it, before the attempt is stored),
 * always with the same {@code X-Delivery-Id}, which receivers use to drop duplicates.
 */
@ApplicationScoped
@Startup
public class WebhookSender {

  /** The header that names the delivery, the same on every attempt. */
  public static final String DELIVERY_ID = "X-Delivery-Id";

  private static final Logger LOG = Logger.getLogger(WebhookSender.class);

  /** How much longer than the request's own timeouts a claimed delivery stays leased. */
  private static final Duration LEASE_MARGIN = Duration.ofSeconds(60);

  private static final int MAX_ERROR_LENGTH = 1000;

  private final WebhookTargets targets;
  private final WebhookStore store;
  private final WebhookDeliveryConfig config;
  private final WebhookMetrics metrics;
  private final Clock clock;
  private final HttpClient http;

  public WebhookSender(
      WebhookTargets targets,
      WebhookStore store,
      WebhookDeliveryConfig config,
      WebhookMetrics metrics,
      Clock clock) {
    this.targets = targets;
    this.store = store;
    this.config = config;
    this.metrics = metrics;
    this.clock = clock;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(config.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Scheduled(
      identity = "webhook-delivery",
      every = "${screening.monitoring.webhook-delivery.poll-every:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    if (!targets.isEmpty()) {
      sendDue();
    }
  }

  /**
   * Sends the deliveries due now (up to the batch size) and records their attempts.
   *
   * @return how many were attempted
   */
  public int sendDue() {
    Instant now = clock.instant();
    Duration lease = config.connectTimeout().plus(config.timeout()).plus(LEASE_MARGIN);
    WebhookStore.Batch batch;
    try {
      batch = store.claimDue(config.batchSize(), config.maxAttempts(), now, now.plus(lease));
    } catch (RuntimeException e) {
      LOG.warnf("Cannot claim due webhook deliveries (%s); next try later", e.toString());
      return 0;
    }
    for (int i = 0; i < batch.gaveUp(); i++) {
      metrics.gaveUp();
    }
    metrics.pending(batch.pending());
    List<CompletableFuture<WebhookStore.Outcome>> sends = new ArrayList<>();
    for (WebhookStore.Claim claim : batch.claims()) {
      sends.add(send(claim));
    }
    Duration wait = config.connectTimeout().plus(config.timeout()).plusSeconds(5);
    for (int i = 0; i < sends.size(); i++) {
      WebhookStore.Claim claim = batch.claims().get(i);
      WebhookStore.Outcome outcome = await(sends.get(i), wait, claim);
      record(claim, outcome);
    }
    return sends.size();
  }

  private CompletableFuture<WebhookStore.Outcome> send(WebhookStore.Claim claim) {
    Instant at = clock.instant();
    Optional<WebhookTargets.Target> target = targets.forWatchlist(claim.watchlist());
    if (target.isEmpty()) {
      return CompletableFuture.completedFuture(
          new WebhookStore.Outcome(
              at, 0, "no webhook is configured for watchlist " + claim.watchlist() + " any more"));
    }
    byte[] body = claim.body().getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(claim.target()))
            .timeout(config.timeout())
            .header("Content-Type", "application/json")
            .header(WebhookSignature.HEADER, target.get().sign(body))
            .header(DELIVERY_ID, claim.deliveryId())
            .header("X-Alert-Id", Long.toString(claim.alertId()))
            .header("X-Delivery-Attempt", Integer.toString(claim.attempt()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, error) ->
                error == null
                    ? new WebhookStore.Outcome(
                        at,
                        response.statusCode(),
                        response.statusCode() / 100 == 2
                            ? null
                            : "the receiver answered HTTP " + response.statusCode())
                    : new WebhookStore.Outcome(at, 0, describe(error)));
  }

  private WebhookStore.Outcome await(
      CompletableFuture<WebhookStore.Outcome> send, Duration wait, WebhookStore.Claim claim) {
    try {
      return send.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      send.cancel(true);
      return new WebhookStore.Outcome(
          clock.instant(), 0, "no answer within " + wait.toSeconds() + " s");
    } catch (ExecutionException e) {
      return new WebhookStore.Outcome(clock.instant(), 0, describe(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      send.cancel(true);
      return new WebhookStore.Outcome(clock.instant(), 0, "interrupted while sending");
    }
  }

  private void record(WebhookStore.Claim claim, WebhookStore.Outcome outcome) {
    String where = WebhookTargets.display(claim.target());
    WebhookDelivery.Status after;
    try {
      after =
          store.record(
              claim, outcome, config.maxAttempts(), config.backoffBase(), config.backoffMax());
    } catch (RuntimeException e) {
      // The lease runs out and the delivery is attempted again: at least once.
      LOG.warnf(
          "Webhook delivery %s of alert %d to %s: cannot record attempt %d (%s); it will be"
              + " retried",
          claim.deliveryId(), claim.alertId(), where, claim.attempt(), e.toString());
      return;
    }
    metrics.attempted(outcome, after);
    if (after == null) {
      LOG.warnf(
          "Webhook delivery %s of alert %d: attempt %d took longer than its lease; another"
              + " sender has it",
          claim.deliveryId(), claim.alertId(), claim.attempt());
    } else if (after == WebhookDelivery.Status.FAILED) {
      LOG.errorf(
          "Webhook delivery %s of alert %d to %s failed %d times and is given up: %s",
          claim.deliveryId(), claim.alertId(), where, claim.attempt(), outcome.error());
    } else if (!outcome.delivered()) {
      LOG.warnf(
          "Webhook delivery %s of alert %d to %s, attempt %d failed: %s; retried later",
          claim.deliveryId(), claim.alertId(), where, claim.attempt(), outcome.error());
    }
  }

  private static String describe(Throwable error) {
    Throwable e = error;
    while ((e instanceof CompletionException || e instanceof ExecutionException)
        && e.getCause() != null) {
      e = e.getCause();
    }
    String text =
        e.getMessage() == null
            ? e.getClass().getSimpleName()
            : e.getClass().getSimpleName() + ": " + e.getMessage();
    return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
  }
}
