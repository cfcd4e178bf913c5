package io.sanctionscreen.monitoring.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.sanctionscreen.monitoring.AlertRaised;
import io.sanctionscreen.monitoring.NotificationAttempt;
import io.sanctionscreen.monitoring.NotificationLog;
import io.sanctionscreen.testsupport.Metrics;
import io.sanctionscreen.testsupport.Poll;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Alerts raised in a transaction reach real HTTP receivers on loopback ports: signed, retried with
 * backoff, at least once and, as the receiver sees it, accepted once; their attempts are readable
 * through the notification log. Each test uses its own watchlist (see the profile) and alert ids.
 */
@QuarkusTest
@TestProfile(WebhookDeliveryProfile.class)
class WebhookDeliveryTest {

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final String DELIVERED = "screening_webhook_deliveries_total";
  private static final String FAILED_ATTEMPTS = "screening_webhook_attempts_failed_total";

  @Inject Event<AlertRaised> alerts;

  @Inject NotificationLog log;

  @Inject WebhookStore store;

  @Test
  void deliversTheExactBodySignedWithTheWatchlistSecret() throws Exception {
    // Non-ASCII text: the signature covers the exact UTF-8 bytes sent.
    String body =
        "{\"alertId\":1001,\"watchlist\":\"deals\",\"party\":\"Сбербанк России\","
            + "\"entry\":\"us-ofac-sdn:36216\",\"score\":0.97,\"note\":\"商汤科技 ✓\"}";
    try (WebhookReceiver receiver = new WebhookReceiver(port("deals"), n -> 200)) {
      raise(new AlertRaised(1001, "deals", body));
      // A watchlist without a webhook stores nothing to send.
      raise(new AlertRaised(1002, "unwatched", "{\"alertId\":1002}"));

      List<NotificationAttempt> attempts = awaitFinished(1001);

      assertThat(receiver.received()).hasSize(1);
      WebhookReceiver.Received got = receiver.received().get(0);
      assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo(body);
      assertThat(got.header("X-Signature-SHA256"))
          .isEqualTo("sha256=" + hmacHex(secret("deals"), body.getBytes(StandardCharsets.UTF_8)));
      assertThat(got.header("Content-Type")).isEqualTo("application/json");
      assertThat(got.header("X-Delivery-Id")).matches("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}");
      assertThat(got.header("X-Alert-Id")).isEqualTo("1001");
      assertThat(got.header("X-Delivery-Attempt")).isEqualTo("1");

      assertThat(attempts).hasSize(1);
      NotificationAttempt attempt = attempts.get(0);
      assertThat(attempt.target()).isEqualTo(url("deals"));
      assertThat(attempt.status()).isEqualTo(200);
      assertThat(attempt.error()).isNull();
      assertThat(attempt.delivered()).isTrue();
      assertThat(attempt.at()).isNotNull();
      assertThat(log.attemptsFor(1002)).isEmpty();
    }
  }

  @Test
  void aReceiverThatFailsTwiceGetsTheBodyAcceptedOnceWithThreeAttempts() throws Exception {
    List<Metrics.Sample> before = Metrics.scrape();
    String body = "{\"alertId\":2001,\"watchlist\":\"flaky\"}";
    try (WebhookReceiver receiver = new WebhookReceiver(port("flaky"), n -> n <= 2 ? 500 : 200)) {
      raise(new AlertRaised(2001, "flaky", body));

      List<NotificationAttempt> attempts = awaitFinished(2001);

      assertThat(attempts)
          .extracting(NotificationAttempt::status, NotificationAttempt::delivered)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(500, false),
              org.assertj.core.groups.Tuple.tuple(500, false),
              org.assertj.core.groups.Tuple.tuple(200, true));
      assertThat(attempts.get(0).error()).isEqualTo("the receiver answered HTTP 500");
      assertThat(attempts.get(2).error()).isNull();
      assertThat(attempts.get(1).at()).isAfter(attempts.get(0).at());
      // The second wait is longer than the first (backoff 0.3 s, then 0.6 s).
      assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at()))
          .isGreaterThanOrEqualTo(Duration.ofMillis(600));

      List<WebhookReceiver.Received> got = receiver.received();
      assertThat(got).extracting(WebhookReceiver.Received::answered).containsExactly(500, 500, 200);
      assertThat(got)
          .extracting(r -> r.header("X-Delivery-Id"))
          .containsOnly(got.get(0).header("X-Delivery-Id"));
      assertThat(got)
          .extracting(r -> r.header("X-Delivery-Attempt"))
          .containsExactly("1", "2", "3");
      for (WebhookReceiver.Received r : got) {
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo(body);
        assertThat(r.header("X-Signature-SHA256"))
            .isEqualTo("sha256=" + hmacHex(secret("flaky"), body.getBytes(StandardCharsets.UTF_8)));
      }

      List<Metrics.Sample> after = Metrics.scrape();
      assertThat(delta(before, after, DELIVERED, Map.of("result", "delivered"))).isEqualTo(1.0);
      assertThat(delta(before, after, DELIVERED, Map.of("result", "failed"))).isEqualTo(0.0);
      assertThat(delta(before, after, FAILED_ATTEMPTS, Map.of())).isEqualTo(2.0);
      awaitNothingPending();
    }
  }

  @Test
  void aRolledBackTransactionSendsNothing() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(port("ipo"), n -> 200)) {
      assertThatThrownBy(
              () ->
                  QuarkusTransaction.requiringNew()
                      .run(
                          () -> {
                            alerts.fire(new AlertRaised(3001, "ipo", "{\"alertId\":3001}"));
                            throw new IllegalStateException("the alert could not be stored");
                          }))
          .isInstanceOf(IllegalStateException.class);
      // An alert raised afterwards on the same webhook: once it is delivered, the rolled-back one
      // would have been too (due earlier, same sender).
      raise(new AlertRaised(3002, "ipo", "{\"alertId\":3002}"));
      awaitFinished(3002);

      assertThat(receiver.received())
          .extracting(r -> new String(r.body(), StandardCharsets.UTF_8))
          .containsExactly("{\"alertId\":3002}");
      assertThat(log.attemptsFor(3001)).isEmpty();
    }
  }

  @Test
  void anAlertRaisedOutsideATransactionIsRefused() {
    assertThatThrownBy(() -> alerts.fire(new AlertRaised(3501, "ipo", "{\"alertId\":3501}")))
        .isInstanceOf(TransactionalException.class);
    assertThat(log.attemptsFor(3501)).isEmpty();
  }

  @Test
  void aReceiverThatIsDownGetsTheAlertOnceItIsUp() throws Exception {
    String body = "{\"alertId\":4001,\"watchlist\":\"payments\"}";
    raise(new AlertRaised(4001, "payments", body));
    // Nothing listens on the port yet: the attempts fail without an answer.
    Poll.until(WAIT, "two failed attempts", () -> log.attemptsFor(4001).size() >= 2 ? true : null);

    try (WebhookReceiver receiver = new WebhookReceiver(port("payments"), n -> 200)) {
      List<NotificationAttempt> attempts = awaitFinished(4001);

      assertThat(attempts.size()).isBetween(3, 6);
      NotificationAttempt last = attempts.get(attempts.size() - 1);
      assertThat(last.delivered()).isTrue();
      assertThat(last.status()).isEqualTo(200);
      for (NotificationAttempt failed : attempts.subList(0, attempts.size() - 1)) {
        assertThat(failed.delivered()).isFalse();
        assertThat(failed.status()).isZero();
        assertThat(failed.error()).startsWith("ConnectException");
        assertThat(failed.target()).isEqualTo(url("payments"));
      }
      assertThat(receiver.received()).hasSize(1);
      assertThat(new String(receiver.received().get(0).body(), StandardCharsets.UTF_8))
          .isEqualTo(body);
      assertThat(receiver.received().get(0).header("X-Delivery-Attempt"))
          .isEqualTo(Integer.toString(attempts.size()));
    }
  }

  @Test
  void aReceiverThatNeverAcceptsIsGivenUpAfterTheLastAttemptAndStaysVisible() throws Exception {
    List<Metrics.Sample> before = Metrics.scrape();
    try (WebhookReceiver receiver = new WebhookReceiver(port("broken"), n -> 503)) {
      raise(new AlertRaised(5001, "broken", "{\"alertId\":5001}"));

      List<NotificationAttempt> attempts =
          Poll.until(
              WAIT,
              "six failed attempts",
              () -> {
                List<NotificationAttempt> a = log.attemptsFor(5001);
                return a.size() >= 6 ? a : null;
              });
      awaitNothingPending();

      assertThat(attempts).hasSize(6);
      assertThat(attempts).extracting(NotificationAttempt::status).containsOnly(503);
      assertThat(attempts).extracting(NotificationAttempt::delivered).containsOnly(false);
      assertThat(receiver.received()).hasSize(6);
      List<Metrics.Sample> after = Metrics.scrape();
      assertThat(delta(before, after, DELIVERED, Map.of("result", "failed"))).isEqualTo(1.0);
      assertThat(delta(before, after, DELIVERED, Map.of("result", "delivered"))).isEqualTo(0.0);
      assertThat(delta(before, after, FAILED_ATTEMPTS, Map.of())).isEqualTo(6.0);
      assertThat(log.attemptsFor(5001)).hasSize(6);
    }
  }

  @Test
  void twoSendersClaimingAtOnceNeverGetTheSameDelivery() throws Exception {
    // Ten deliveries due an hour from now, so that the scheduled sender leaves them alone.
    Instant later = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              for (int i = 0; i < 10; i++) {
                store.add(6001 + i, "claims", "http://127.0.0.1:9/none", "{}", later);
              }
            });
    Instant due = later.plusSeconds(60);
    Instant leaseUntil = later.plus(Duration.ofHours(1));
    List<WebhookStore.Claim> first = new ArrayList<>();
    List<WebhookStore.Claim> meanwhile = new ArrayList<>();
    ExecutorService otherReplica = Executors.newSingleThreadExecutor();
    try {
      QuarkusTransaction.requiringNew()
          .run(
              () -> {
                first.addAll(store.claimDue(3, 6, due, leaseUntil).claims());
                // Another sender claims while this claim's transaction still holds its rows: it
                // skips them instead of waiting (the get would time out) or taking them.
                Future<List<WebhookStore.Claim>> other =
                    otherReplica.submit(() -> store.claimDue(10, 6, due, leaseUntil).claims());
                try {
                  meanwhile.addAll(other.get(10, TimeUnit.SECONDS));
                } catch (Exception e) {
                  throw new AssertionError("the second claim waited or failed", e);
                }
              });
    } finally {
      otherReplica.shutdownNow();
    }
    List<WebhookStore.Claim> afterwards = store.claimDue(10, 6, due, leaseUntil).claims();

    assertThat(first).hasSize(3);
    List<Long> all = new ArrayList<>();
    for (List<WebhookStore.Claim> claims : List.of(first, meanwhile, afterwards)) {
      claims.forEach(c -> all.add(c.alertId()));
    }
    assertThat(all).doesNotHaveDuplicates().hasSize(10);
    assertThat(first).extracting(WebhookStore.Claim::attempt).containsOnly(1);
    // Leased: not due again before the lease runs out.
    assertThat(store.claimDue(10, 6, due, leaseUntil).claims()).isEmpty();

    for (List<WebhookStore.Claim> claims : List.of(first, meanwhile, afterwards)) {
      for (WebhookStore.Claim c : claims) {
        assertThat(
                store.record(
                    c,
                    new WebhookStore.Outcome(due, 204, null),
                    6,
                    Duration.ofSeconds(1),
                    Duration.ofSeconds(1)))
            .isEqualTo(WebhookDelivery.Status.DELIVERED);
      }
    }
  }

  @Test
  void aSenderThatDiesMidSendLeavesTheDeliveryToAnotherOnceItsLeaseRunsOut() {
    // Due an hour from now, so that the scheduled sender leaves it alone; whole seconds, as the
    // database keeps microseconds (H2 rounds a finer instant, which could land past "now").
    Instant later = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(Duration.ofHours(1));
    QuarkusTransaction.requiringNew()
        .run(() -> store.add(7001, "leases", "http://127.0.0.1:9/none", "{}", later));
    Instant due = later.plusSeconds(1);
    Instant leaseRunsOut = due.plusSeconds(75);

    // The first sender claims it and dies before recording anything.
    List<WebhookStore.Claim> dead = store.claimDue(10, 6, due, leaseRunsOut).claims();
    assertThat(dead).extracting(WebhookStore.Claim::alertId).containsExactly(7001L);
    assertThat(
            store
                .claimDue(10, 6, leaseRunsOut.minusSeconds(1), later.plus(Duration.ofHours(2)))
                .claims())
        .as("leased while the first sender may still be sending")
        .isEmpty();

    List<WebhookStore.Claim> retaken =
        store.claimDue(10, 6, leaseRunsOut, later.plus(Duration.ofHours(2))).claims();
    assertThat(retaken).hasSize(1);
    WebhookStore.Claim second = retaken.get(0);
    assertThat(second.deliveryId()).isEqualTo(dead.get(0).deliveryId());
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.leaseToken()).isNotEqualTo(dead.get(0).leaseToken());

    // The first sender's late outcome is recorded as an attempt but no longer decides.
    WebhookStore.Outcome late =
        new WebhookStore.Outcome(leaseRunsOut.plusSeconds(1), 500, "HTTP 500");
    assertThat(store.record(dead.get(0), late, 6, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isNull();
    WebhookStore.Outcome accepted =
        new WebhookStore.Outcome(leaseRunsOut.plusSeconds(2), 200, null);
    assertThat(store.record(second, accepted, 6, Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isEqualTo(WebhookDelivery.Status.DELIVERED);
    assertThat(log.attemptsFor(7001))
        .extracting(NotificationAttempt::status, NotificationAttempt::delivered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(500, false),
            org.assertj.core.groups.Tuple.tuple(200, true));
  }

  private void raise(AlertRaised alert) {
    QuarkusTransaction.requiringNew().run(() -> alerts.fire(alert));
  }

  /** Waits for the alert's delivery to be accepted, and returns its attempts. */
  private List<NotificationAttempt> awaitFinished(long alertId) {
    return Poll.until(
        WAIT,
        "the delivery of alert " + alertId,
        () -> {
          List<NotificationAttempt> a = log.attemptsFor(alertId);
          return !a.isEmpty() && a.get(a.size() - 1).delivered() ? a : null;
        });
  }

  private static void awaitNothingPending() {
    Poll.until(
        WAIT,
        "no pending webhook delivery",
        () ->
            Metrics.value(Metrics.scrape(), "screening_webhook_pending", Map.of()) == 0.0
                ? true
                : null);
  }

  private static double delta(
      List<Metrics.Sample> before,
      List<Metrics.Sample> after,
      String name,
      Map<String, String> labels) {
    return Metrics.value(after, name, labels) - Metrics.value(before, name, labels);
  }

  private static String url(String watchlist) {
    return ConfigProvider.getConfig()
        .getValue("screening.monitoring.webhooks." + watchlist + ".url", String.class);
  }

  private static int port(String watchlist) {
    return URI.create(url(watchlist)).getPort();
  }

  private static byte[] secret(String watchlist) {
    return WebhookDeliveryProfile.secret(watchlist).getBytes(StandardCharsets.UTF_8);
  }

  private static String hmacHex(byte[] key, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }
}
