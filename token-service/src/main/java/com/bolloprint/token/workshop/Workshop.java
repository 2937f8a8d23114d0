package com.bolloprint.token.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A print workshop: the tenant every other row belongs to. */
@Entity
@Table(name = "workshop")
public class Workshop {
  @Id public UUID id;

  @Column(nullable = false, unique = true, length = 64)
  public String slug;

  @Column(nullable = false, length = 100)
  public String name;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
