package com.bolloprint.token.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** An API token of a workshop. The key itself is never stored: only its SHA-256. */
@Entity
@Table(name = "api_token")
public class ApiToken {
  @Id public UUID id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(nullable = false, length = 100)
  public String name;

  @Convert(converter = TokenRole.Converter.class)
  @Column(nullable = false, length = 16)
  public TokenRole role;

  @Column(name = "secret_hash", nullable = false, length = 64)
  public String secretHash;

  @Column(nullable = false, length = 16)
  public String hint;

  @Column(name = "created_by_id", nullable = false)
  public UUID createdById;

  @Column(name = "created_by_name", nullable = false, length = 100)
  public String createdByName;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "expires_at")
  public Instant expiresAt;

  @Column(name = "deactivated_at")
  public Instant deactivatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  @Version public long version;

  public TokenStatus status(Instant now) {
    if (deactivatedAt != null) {
      return TokenStatus.DEACTIVATED;
    }
    if (expiresAt != null && !expiresAt.isAfter(now)) {
      return TokenStatus.EXPIRED;
    }
    return TokenStatus.ACTIVE;
  }

  /** Only a token that can no longer be used may be deleted. */
  public boolean deletable(Instant now) {
    return status(now) != TokenStatus.ACTIVE;
  }
}
