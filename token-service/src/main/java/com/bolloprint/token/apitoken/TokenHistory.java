package com.bolloprint.token.apitoken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One management action on a token: who created, deactivated or deleted it, and when. */
@Entity
@Table(name = "api_token_history")
public class TokenHistory {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "workshop_id", nullable = false)
  public UUID workshopId;

  @Column(name = "token_id", nullable = false)
  public UUID tokenId;

  @Column(nullable = false, length = 16)
  public String action;

  @Column(name = "actor_id", nullable = false)
  public UUID actorId;

  @Column(name = "actor_name", nullable = false, length = 100)
  public String actorName;

  @Column(nullable = false)
  public Instant at;

  static TokenHistory of(
      ApiToken token, String action, UUID actorId, String actorName, Instant at) {
    TokenHistory entry = new TokenHistory();
    entry.workshopId = token.workshopId;
    entry.tokenId = token.id;
    entry.action = action;
    entry.actorId = actorId;
    entry.actorName = actorName;
    entry.at = at;
    return entry;
  }
}
