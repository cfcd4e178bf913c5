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

/**
 * A hit of a watched party on a list entry, at or above the watchlist's threshold. Unique per
 * (watchlist, party, entry, entry content): the same hit never alerts twice.
 */
@Entity
@Table(name = "alert")
public class Alert {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alert_seq")
  @SequenceGenerator(name = "alert_seq", sequenceName = "alert_seq", allocationSize = 50)
  public Long id;

  @Column(nullable = false, length = 100)
  public String watchlist;

  @Column(name = "party_reference", nullable = false, length = 200)
  public String partyReference;

  @Column(name = "party_name", nullable = false, length = 2000)
  public String partyName;

  @Column(name = "entity_id", nullable = false, length = 200)
  public String entityId;

  /** The hash of the entry's names, identifiers and programs when the alert was raised. */
  @Column(name = "entry_hash", nullable = false, length = 64)
  public String entryHash;

  @Column(nullable = false, length = 64)
  public String source;

  @Column(name = "list_version_id", nullable = false)
  public long listVersionId;

  @Column(name = "listed_name", nullable = false, length = 2000)
  public String listedName;

  @Column(name = "matched_name", nullable = false, length = 2000)
  public String matchedName;

  @Column(nullable = false)
  public double score;

  @Column(nullable = false, length = 20)
  public String purpose;

  /** The Outcome's name for the watchlist's purpose. */
  @Column(nullable = false, length = 16)
  public String outcome;

  /** The hit's explanation, as JSON. */
  @Column(nullable = false, length = 100000)
  public String explanation;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  public AlertStatus status;

  @Column(name = "raised_at", nullable = false)
  public Instant raisedAt;

  /** Who caused the screening: the caller who added the party, or the list change. */
  @Column(name = "raised_by", nullable = false, length = 200)
  public String raisedBy;

  /** The earlier alert of the same party and entry, when the entry changed since. */
  @Column(name = "previous_alert_id")
  public Long previousAlertId;

  @Column(length = 20)
  public String decision;

  @Column(name = "decided_by", length = 200)
  public String decidedBy;

  @Column(name = "decided_at")
  public Instant decidedAt;

  @Column(name = "approved_by", length = 200)
  public String approvedBy;

  @Column(name = "approved_at")
  public Instant approvedAt;
}
