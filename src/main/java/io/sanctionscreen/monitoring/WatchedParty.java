package io.sanctionscreen.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A counterparty on a watchlist, as the bank knows it. */
@Entity
@Table(name = "watched_party")
public class WatchedParty {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watched_party_seq")
  @SequenceGenerator(
      name = "watched_party_seq",
      sequenceName = "watched_party_seq",
      allocationSize = 50)
  public Long id;

  @Column(nullable = false, length = 100)
  public String watchlist;

  /** The bank's own reference, unique in the watchlist. */
  @Column(nullable = false, length = 200)
  public String reference;

  @Column(nullable = false, length = 2000)
  public String name;

  /** The EntryType's API name, or null. */
  @Column(name = "party_type", length = 16)
  public String type;

  @Column(length = 100)
  public String country;

  @Column(name = "birth_date", length = 10)
  public String birthDate;

  /** The identifiers as a JSON array of {type, value}; null for none. */
  @Column(length = 10000)
  public String identifiers;

  @Column(name = "added_at", nullable = false)
  public Instant addedAt;

  @Column(name = "added_by", nullable = false, length = 200)
  public String addedBy;
}
