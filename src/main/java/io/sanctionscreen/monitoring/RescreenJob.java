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

/** A full re-screen of a watchlist, run in chunks by whichever replica holds its lease. */
@Entity
@Table(name = "rescreen_job")
public class RescreenJob {

  /** Where a job stands. */
  public enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rescreen_job_seq")
  @SequenceGenerator(
      name = "rescreen_job_seq",
      sequenceName = "rescreen_job_seq",
      allocationSize = 1)
  public Long id;

  @Column(nullable = false, length = 100)
  public String watchlist;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Status status;

  @Column(name = "requested_by", nullable = false, length = 200)
  public String requestedBy;

  @Column(name = "requested_at", nullable = false)
  public Instant requestedAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  /** Parties in the watchlist when the job was requested. */
  @Column(nullable = false)
  public long total;

  /** Parties screened so far. */
  @Column(nullable = false)
  public long done;

  /** The id of the last party screened: a resumed job goes on after it. */
  @Column(name = "cursor_id", nullable = false)
  public long cursorId;

  @Column(name = "alerts_raised", nullable = false)
  public long alertsRaised;

  @Column(name = "lease_owner", length = 100)
  public String leaseOwner;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  @Column(length = 2000)
  public String error;
}
