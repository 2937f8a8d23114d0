package com.bolloprint.token.revocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A credential that the gateways must stop accepting. Written in the revoking transaction. */
@Entity
@Table(name = "revocation_event")
public class RevocationEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(nullable = false, length = 32)
  public String type;

  @Column(nullable = false, length = 64)
  public String sub;

  public UUID sid;

  @Column(nullable = false)
  public Instant at;

  public RevocationMessage message() {
    return new RevocationMessage(
        id, type, workshopId.toString(), sub, sid == null ? null : sid.toString(), at.toString());
  }
}
