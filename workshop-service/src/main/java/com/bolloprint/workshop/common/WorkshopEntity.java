package com.bolloprint.workshop.common;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * The columns every workshop-owned, soft-deleted, change-sequenced row has (customers, products,
 * orders, inventory items): id, owning workshop, change sequence, timestamps and deletion mark.
 */
@MappedSuperclass
public abstract class WorkshopEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(name = "change_seq", nullable = false)
  public long changeSeq;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  /** Gives a new row its id, owning workshop and creation time, and stamps it (see touch). */
  public void initialize(Change change) {
    id = UUID.randomUUID();
    workshopId = change.workshopId();
    createdAt = change.now();
    touch(change);
  }

  /** Marks the row deleted and stamps it (see touch). */
  public void softDelete(Change change) {
    deletedAt = change.now();
    touch(change);
  }

  /** Stamps the row with the transaction's change sequence and time. */
  public void touch(Change change) {
    changeSeq = change.seq();
    updatedAt = change.now();
  }

  /** The row's place in a change-ordered listing. */
  public Cursor position() {
    return new Cursor(changeSeq, id);
  }
}
