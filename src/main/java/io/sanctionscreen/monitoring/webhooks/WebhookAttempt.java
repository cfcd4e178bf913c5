package io.sanctionscreen.monitoring.webhooks;

import io.sanctionscreen.monitoring.NotificationAttempt;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One attempt to deliver a webhook, append-only. */
@Entity
@Table(name = "webhook_attempt")
public class WebhookAttempt {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_attempt_seq")
  @SequenceGenerator(
      name = "webhook_attempt_seq",
      sequenceName = "webhook_attempt_seq",
      allocationSize = 1)
  public Long id;

  /** The delivery's row id. */
  @Column(name = "delivery_id", nullable = false)
  public long delivery;

  @Column(name = "alert_id", nullable = false)
  public long alertId;

  @Column(name = "attempted_at", nullable = false)
  public Instant attemptedAt;

  /** The URL as shown: without user information or query. */
  @Column(nullable = false, length = 2000)
  public String target;

  /** The HTTP status received; 0 when no answer came. */
  @Column(name = "http_status", nullable = false)
  public int httpStatus;

  @Column(length = 1000)
  public String error;

  @Column(nullable = false)
  public boolean delivered;

  NotificationAttempt view() {
    return new NotificationAttempt(attemptedAt, target, httpStatus, error, delivered);
  }
}
