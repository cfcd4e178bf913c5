package io.sanctionscreen.lists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A publisher's list, such as the OFAC SDN list; its content arrives as versions. */
@Entity
@Table(name = "list_source")
public class ListSource {

  @Id
  @Column(length = 64)
  public String id;

  @Column(nullable = false)
  public String name;

  @Column(nullable = false)
  public String authority;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** When the last refresh from the download address began, on any replica. */
  @Column(name = "last_refresh_at")
  public Instant lastRefreshAt;

  /** How the last refresh ended; {@link RefreshOutcome#RUNNING} while it runs. */
  @Enumerated(EnumType.STRING)
  @Column(name = "last_refresh_outcome", length = 16)
  public RefreshOutcome lastRefreshOutcome;

  /** Why the last refresh failed or was rejected; null after a success. */
  @Column(name = "last_refresh_error", length = 2000)
  public String lastRefreshError;

  /** When a refresh last confirmed the content current: it imported it or found it unchanged. */
  @Column(name = "last_refresh_ok_at")
  public Instant lastRefreshOkAt;
}
