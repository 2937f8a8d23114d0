package com.bolloprint.token.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A signed-in person. Only the SHA-256 of the cookie value is stored. */
@Entity
@Table(name = "session")
public class Session {
  @Id public UUID id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(name = "member_id", nullable = false)
  public UUID memberId;

  @Column(name = "secret_hash", nullable = false, length = 64)
  public String secretHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "last_seen_at", nullable = false)
  public Instant lastSeenAt;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;
}
