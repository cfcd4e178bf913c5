package io.sanctionscreen.web.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored Basic credential: a user name, the hash of its secret, its roles. */
@Entity
@Table(name = "api_credential")
public class ApiCredential {

  @Id
  @Column(length = 100)
  public String username;

  @Column(name = "password_hash", nullable = false, length = 200)
  public String passwordHash;

  /** Comma-separated roles. */
  @Column(nullable = false, length = 200)
  public String roles;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 200)
  public String createdBy;
}
