package io.sanctionscreen.monitoring.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.sanctionscreen.monitoring.NotificationAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The outbox's rows: stores deliveries, lets a sender claim the due ones without another replica
 * claiming them too, and records each attempt's outcome.
 */
@ApplicationScoped
public class WebhookStore {

  /** A claimed delivery, as the sender needs it outside the claiming transaction. */
  public record Claim(
      long id,
      String deliveryId,
      long alertId,
      String watchlist,
      String target,
      String body,
      int attempt,
      String leaseToken) {}

  /**
   * What a claim got: the deliveries to send now, how many were given up (attempts used up), and
   * how many are pending in all.
   */
  public record Batch(List<Claim> claims, int gaveUp, long pending) {}

  /** What one attempt gave: the HTTP status (0 without an answer) and the error, if any. */
  public record Outcome(Instant at, int status, String error) {

    /** Whether the receiver accepted the delivery. */
    public boolean delivered() {
      return error == null && status >= 200 && status < 300;
    }
  }

  /** Data access for deliveries. */
  @ApplicationScoped
  public static class Deliveries implements PanacheRepository<WebhookDelivery> {}

  /** Data access for attempts. */
  @ApplicationScoped
  public static class Attempts implements PanacheRepository<WebhookAttempt> {}

  private final Deliveries deliveries;
  private final Attempts attempts;
  private final EntityManager em;

  /** Whether the database can limit a FOR UPDATE SKIP LOCKED query; null until first asked. */
  private volatile Boolean limitsSkipLocked;

  public WebhookStore(Deliveries deliveries, Attempts attempts, EntityManager em) {
    this.deliveries = deliveries;
    this.attempts = attempts;
    this.em = em;
  }

  /** Adds a delivery to the outbox, in the caller's transaction (the alert's). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void add(long alertId, String watchlist, String target, String body, Instant now) {
    WebhookDelivery d = new WebhookDelivery();
    d.deliveryId = UUID.randomUUID().toString();
    d.alertId = alertId;
    d.watchlist = watchlist;
    d.target = target;
    d.body = body;
    d.status = WebhookDelivery.Status.PENDING;
    d.attempts = 0;
    d.createdAt = now;
    d.nextAttemptAt = now;
    deliveries.persist(d);
  }

  /**
   * Claims up to {@code max} due deliveries, oldest due first, and leases them until {@code
   * leaseUntil}: they count as attempted and are not due again before then, so no other sender
   * takes them meanwhile; if this one dies, they come due again when the lease runs out. Rows that
   * another sender is claiming at this moment are skipped, not waited for. A delivery whose
   * attempts were all used up (its sender died on the last one) is marked FAILED instead. The claim
   * holds when the transaction commits: the sender calls this without one.
   */
  @Transactional(Transactional.TxType.REQUIRED)
  public Batch claimDue(int max, int maxAttempts, Instant now, Instant leaseUntil) {
    // PostgreSQL skips locked rows before it applies the limit; H2 applies the limit first (and
    // would return nothing while the first rows are locked), so there the rows are limited here.
    boolean limitInSql = limitsSkipLocked();
    String sql =
        "select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= ?1"
            + " order by next_attempt_at, id"
            + (limitInSql ? " limit " + max : "")
            + " for update skip locked";
    List<?> ids = em.createNativeQuery(sql).setParameter(1, now).getResultList();
    List<Claim> claims = new ArrayList<>();
    int gaveUp = 0;
    for (Object id : ids) {
      if (claims.size() == max) {
        break;
      }
      WebhookDelivery d = deliveries.findById(((Number) id).longValue());
      if (d.attempts >= maxAttempts) {
        d.status = WebhookDelivery.Status.FAILED;
        d.finishedAt = now;
        d.leaseToken = null;
        gaveUp++;
        continue;
      }
      d.attempts++;
      d.leaseToken = UUID.randomUUID().toString();
      d.nextAttemptAt = leaseUntil;
      claims.add(
          new Claim(
              d.id,
              d.deliveryId,
              d.alertId,
              d.watchlist,
              d.target,
              d.body,
              d.attempts,
              d.leaseToken));
    }
    return new Batch(claims, gaveUp, pending());
  }

  /**
   * Records an attempt and what it means for its delivery: delivered, due again after a backoff, or
   * FAILED after the last attempt allowed. The attempt is recorded even when the sender's lease ran
   * out meanwhile, but then the delivery belongs to another sender and is left as it is.
   *
   * @return the delivery's status after the attempt, or null if the lease was lost
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public WebhookDelivery.Status record(
      Claim claim, Outcome outcome, int maxAttempts, Duration backoffBase, Duration backoffMax) {
    WebhookAttempt a = new WebhookAttempt();
    a.delivery = claim.id();
    a.alertId = claim.alertId();
    a.attemptedAt = outcome.at();
    a.target = WebhookTargets.display(claim.target());
    a.httpStatus = outcome.status();
    a.error = outcome.error();
    a.delivered = outcome.delivered();
    attempts.persist(a);
    WebhookDelivery d = deliveries.findById(claim.id());
    if (d == null
        || d.status != WebhookDelivery.Status.PENDING
        || !claim.leaseToken().equals(d.leaseToken)) {
      return null;
    }
    d.leaseToken = null;
    if (outcome.delivered()) {
      d.status = WebhookDelivery.Status.DELIVERED;
      d.finishedAt = outcome.at();
    } else if (d.attempts >= maxAttempts) {
      d.status = WebhookDelivery.Status.FAILED;
      d.finishedAt = outcome.at();
    } else {
      d.nextAttemptAt = outcome.at().plus(backoff(backoffBase, backoffMax, d.attempts));
    }
    return d.status;
  }

  /** The deliveries waiting to be sent (or being sent). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public long pending() {
    return deliveries.count("status", WebhookDelivery.Status.PENDING);
  }

  /** The attempts to deliver an alert's notifications, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<NotificationAttempt> attemptsFor(long alertId) {
    return attempts.list("alertId = ?1 order by attemptedAt, id", alertId).stream()
        .map(WebhookAttempt::view)
        .toList();
  }

  /** The wait after the {@code failures}-th failed attempt: base, doubled each time, capped. */
  static Duration backoff(Duration base, Duration max, int failures) {
    int doublings = Math.max(0, Math.min(failures - 1, 40));
    try {
      Duration wait = base.multipliedBy(1L << doublings);
      return wait.compareTo(max) > 0 ? max : wait;
    } catch (ArithmeticException e) {
      return max;
    }
  }

  private boolean limitsSkipLocked() {
    Boolean known = limitsSkipLocked;
    if (known == null) {
      String product =
          em.unwrap(Session.class)
              .doReturningWork(c -> c.getMetaData().getDatabaseProductName())
              .toLowerCase(Locale.ROOT);
      known = product.contains("postgres");
      limitsSkipLocked = known;
    }
    return known;
  }
}
