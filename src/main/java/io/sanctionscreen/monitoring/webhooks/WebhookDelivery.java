package io.sanctionscreen.monitoring.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One alert's notification to one webhook, in the outbox until it is delivered or given up. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

  /** Where a delivery stands. */
  public enum Status {
    /** Not yet accepted by the receiver; due again at {@code nextAttemptAt}. */
    PENDING,
    /** The receiver accepted it (a 2xx answer). */
    DELIVERED,
    /** Every attempt allowed failed; kept with its attempts, no longer tried. */
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
  @SequenceGenerator(
      name = "webhook_delivery_seq",
      sequenceName = "webhook_delivery_seq",
      allocationSize = 1)
  public Long id;

  /** The id sent as {@code X-Delivery-Id}, the same on every attempt, for receivers to dedupe. */
  @Column(name = "delivery_id", nullable = false, length = 36)
  public String deliveryId;

  @Column(name = "alert_id", nullable = false)
  public long alertId;

  @Column(nullable = false, length = 200)
  public String watchlist;

  /** The webhook URL as configured when the alert was raised. */
  @Column(nullable = false, length = 2000)
  public String target;

  @Column(nullable = false, length = 1000000)
  public String body;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Status status;

  /** Attempts made so far. */
  @Column(nullable = false)
  public int attempts;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** When the delivery is due; while a sender holds it, when its lease runs out. */
  @Column(name = "next_attempt_at", nullable = false)
  public Instant nextAttemptAt;

  /** The claim of the sender that holds the delivery; null when none has claimed it. */
  @Column(name = "lease_token", length = 36)
  public String leaseToken;

  @Column(name = "finished_at")
  public Instant finishedAt;
}
