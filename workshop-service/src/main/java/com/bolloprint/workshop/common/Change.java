package com.bolloprint.workshop.common;

import com.bolloprint.workshop.security.Actor;
import java.time.Instant;
import java.util.UUID;

/**
 * The context of one write transaction: who, when, and the workshop's change sequence number taken
 * under the workshop's lock (see {@link Tx#write}).
 *
 * @param seq the change sequence every row written by this transaction gets
 * @param firstOrderNumber the first order number reserved by this transaction (0 if none)
 * @param allowNegativeStock the workshop's inventory setting
 */
public record Change(
    Actor actor, long seq, long firstOrderNumber, boolean allowNegativeStock, Instant now) {

  public UUID workshopId() {
    return actor.workshopId();
  }
}
