package com.bolloprint.token.member;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A person in a workshop, who signs in with email and password. */
@Entity
@Table(name = "member")
public class Member {
  @Id public UUID id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(nullable = false, length = 254)
  public String email;

  @Column(nullable = false, length = 100)
  public String name;

  @Convert(converter = Role.Converter.class)
  @Column(nullable = false, length = 16)
  public Role role;

  @Column(name = "password_hash", nullable = false, length = 100)
  public String passwordHash;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Version public long version;
}
