package io.sanctionscreen.monitoring;

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

/** One step in an alert's history; written once, never changed. */
@Entity
@Table(name = "alert_event")
public class AlertEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_event_seq")
  @SequenceGenerator(
      name = "alert_event_seq",
      sequenceName = "alert_event_seq",
      allocationSize = 50)
  public Long id;

  @Column(name = "alert_id", nullable = false)
  public long alertId;

  @Column(nullable = false)
  public Instant at;

  @Column(nullable = false, length = 200)
  public String actor;

  /** RAISED, FALSE_POSITIVE, TRUE_MATCH, ESCALATE, APPROVED. */
  @Column(nullable = false, length = 30)
  public String action;

  /** The status the step left the alert in. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public AlertStatus status;

  @Column(length = 2000)
  public String comment;
}
