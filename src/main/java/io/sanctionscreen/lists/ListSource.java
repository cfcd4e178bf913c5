package io.sanctionscreen.lists;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
}
