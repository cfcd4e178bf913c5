package io.sanctionscreen.lists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One imported version of a list: what the publisher said on a given date. */
@Entity
@Table(name = "list_version")
public class ListVersion {

  /** Whether a version is the one screenings use. */
  public enum Status {
    /**
     * Being written: the entries are not all stored yet. Only the importing transaction sees a
     * version in this state; it turns ACTIVE in the same transaction, once every entry is written.
     */
    IMPORTING,
    /** The version screenings use; one per source. */
    ACTIVE,
    /** Replaced by a newer import; kept for the changes between versions and for audit. */
    SUPERSEDED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "list_version_seq")
  @SequenceGenerator(
      name = "list_version_seq",
      sequenceName = "list_version_seq",
      allocationSize = 1)
  public Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "source_id")
  public ListSource source;

  @Column(name = "list_date")
  public LocalDate listDate;

  @Column(name = "content_hash", nullable = false, length = 64)
  public String contentHash;

  @Column(name = "entry_count", nullable = false)
  public int entryCount;

  @Column(name = "imported_at", nullable = false)
  public Instant importedAt;

  @Column(name = "imported_by", nullable = false)
  public String importedBy;

  @Column(nullable = false, length = 1000)
  public String origin;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  public Status status;

  /**
   * When the version became the active one (every entry written); null while importing. The version
   * a source served at an instant is its last one activated at or before it.
   */
  @Column(name = "activated_at")
  public Instant activatedAt;

  /** Number of names (primary names and aliases) over all entries; null for older versions. */
  @Column(name = "name_count")
  public Integer nameCount;

  /** The version that was active when this one was imported; null for the first. */
  @Column(name = "previous_version_id")
  public Long previousVersionId;

  /** Entries added since the previous version; null when there was none or it is not known. */
  @Column(name = "added_count")
  public Integer addedCount;

  /** Entries removed since the previous version. */
  @Column(name = "removed_count")
  public Integer removedCount;

  /** Entries whose content changed since the previous version. */
  @Column(name = "modified_count")
  public Integer modifiedCount;
}
