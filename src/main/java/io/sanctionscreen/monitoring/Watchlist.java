package io.sanctionscreen.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A named set of counterparties the bank monitors, and how their hits are judged. */
@Entity
@Table(name = "watchlist")
public class Watchlist {

  @Id
  @Column(length = 100)
  public String name;

  @Column(length = 2000)
  public String description;

  /** The purpose (a Purpose name) the outcome of each alert is decided for. */
  @Column(nullable = false, length = 20)
  public String purpose;

  /** The lowest score that raises an alert. */
  @Column(nullable = false)
  public double threshold;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
