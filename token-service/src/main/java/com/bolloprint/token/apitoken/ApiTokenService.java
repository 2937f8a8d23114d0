package com.bolloprint.token.apitoken;

import com.bolloprint.token.apitoken.TokenDtos.CreateTokenRequest;
import com.bolloprint.token.apitoken.TokenDtos.HistoryEntry;
import com.bolloprint.token.apitoken.TokenDtos.TokenPage;
import com.bolloprint.token.apitoken.TokenDtos.TokenView;
import com.bolloprint.token.common.Checks;
import com.bolloprint.token.common.Cursor;
import com.bolloprint.token.common.ProblemException;
import com.bolloprint.token.common.UniqueViolation;
import com.bolloprint.token.revocation.RevocationLog;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The rules of API tokens: who may do what, and when a token can be deleted. */
@ApplicationScoped
public class ApiTokenService {
  static final int MAX_PAGE = 100;
  private final ApiTokenRepository tokens;
  private final TokenHistoryRepository history;
  private final RevocationLog revocations;
  private final Clock clock;

  public ApiTokenService(
      ApiTokenRepository tokens,
      TokenHistoryRepository history,
      RevocationLog revocations,
      Clock clock) {
    this.tokens = tokens;
    this.history = history;
    this.revocations = revocations;
    this.clock = clock;
  }

  /** Validated input of a new token. */
  record NewToken(String name, TokenRole role, Expiry expiry) {
    static NewToken from(CreateTokenRequest request) {
      Checks checks = Checks.of(request);
      String name = checks.text("name", request.name(), 100);
      TokenRole role = null;
      if (request.role() == null) {
        checks.fail("role", "is required; one of " + TokenRole.ALLOWED);
      } else {
        role = TokenRole.parse(request.role()).orElse(null);
        if (role == null) {
          checks.fail("role", "must be one of " + TokenRole.ALLOWED);
        }
      }
      Expiry expiry = null;
      if (request.expiresIn() == null) {
        checks.fail("expiresIn", "is required; one of " + Expiry.ALLOWED);
      } else {
        expiry = Expiry.parse(request.expiresIn()).orElse(null);
        if (expiry == null) {
          checks.fail("expiresIn", "must be one of " + Expiry.ALLOWED);
        }
      }
      checks.done();
      return new NewToken(name, role, expiry);
    }
  }

  @WithTransaction
  public Uni<TokenView> create(
      UUID workshopId, UUID actorId, String actorName, CreateTokenRequest request) {
    NewToken input = NewToken.from(request);
    Instant now = clock.instant();
    String key = TokenKey.generate();
    ApiToken token = new ApiToken();
    token.id = UUID.randomUUID();
    token.workshopId = workshopId;
    token.name = input.name();
    token.role = input.role();
    token.secretHash = com.bolloprint.token.common.Secrets.sha256Hex(key);
    token.hint = TokenKey.hint(key);
    token.createdById = actorId;
    token.createdByName = actorName;
    token.createdAt = now;
    token.expiresAt = input.expiry().from(now);
    TokenHistory created = TokenHistory.of(token, "created", actorId, actorName, now);
    return tokens
        .nameTaken(workshopId, input.name())
        .invoke(taken -> refuseTakenName(taken, input.name()))
        .chain(() -> tokens.persist(token))
        .chain(() -> history.persist(created))
        .call(() -> tokens.flush())
        .onFailure(UniqueViolation::matches)
        .transform(e -> nameConflict(input.name()))
        .map(ignored -> TokenView.of(token, now, key, List.of(HistoryEntry.of(created))));
  }

  @WithSession
  public Uni<TokenPage> list(UUID workshopId, Integer limit, String cursor) {
    int size = Cursor.limit(limit, MAX_PAGE);
    Cursor after = Cursor.decode(cursor);
    Instant now = clock.instant();
    return tokens
        .page(
            workshopId, after == null ? null : after.at(), after == null ? null : after.id(), size)
        .map(
            page -> {
              List<TokenView> items =
                  page.stream().map(t -> TokenView.of(t, now, null, null)).toList();
              ApiToken last = page.size() == size ? page.get(page.size() - 1) : null;
              return new TokenPage(
                  items, last == null ? null : new Cursor(last.createdAt, last.id).encode());
            });
  }

  @WithSession
  public Uni<TokenView> get(UUID workshopId, UUID id) {
    return found(tokens.findVisible(workshopId, id), id)
        .flatMap(
            token ->
                history
                    .forToken(token.id)
                    .map(
                        entries ->
                            TokenView.of(
                                token,
                                clock.instant(),
                                null,
                                entries.stream().map(HistoryEntry::of).toList())));
  }

  /** Stops a token at once; deactivating a deactivated token changes nothing. */
  @WithTransaction
  public Uni<TokenView> deactivate(UUID workshopId, UUID id, UUID actorId, String actorName) {
    Instant now = clock.instant();
    return found(tokens.lockVisible(workshopId, id), id)
        .call(
            token -> {
              if (token.deactivatedAt != null) {
                return Uni.createFrom().voidItem();
              }
              token.deactivatedAt = now;
              return revoked(token, "deactivated", actorId, actorName, now);
            })
        .map(token -> TokenView.of(token, now, null, null));
  }

  /** Removes a token from the list; only a deactivated or expired token may go. */
  @WithTransaction
  public Uni<Void> delete(UUID workshopId, UUID id, UUID actorId, String actorName) {
    Instant now = clock.instant();
    return found(tokens.lockVisible(workshopId, id), id)
        .invoke(
            token -> {
              if (!token.deletable(now)) {
                throw ProblemException.conflict(
                    "Token '"
                        + token.name
                        + "' is active: deactivate it first, or wait until it expires");
              }
              token.deletedAt = now;
            })
        .call(token -> revoked(token, "deleted", actorId, actorName, now))
        .replaceWithVoid();
  }

  /** A token of the workshop, or a 404 that does not tell whether it exists elsewhere. */
  private static Uni<ApiToken> found(Uni<ApiToken> lookup, UUID id) {
    return lookup.onItem().ifNull().failWith(() -> ProblemException.notFound("Token " + id));
  }

  /** Records who stopped the token and tells the gateways, in the caller's transaction. */
  private Uni<Void> revoked(
      ApiToken token, String action, UUID actorId, String actorName, Instant now) {
    return history
        .persist(TokenHistory.of(token, action, actorId, actorName, now))
        .chain(
            () ->
                revocations.record("token." + action, token.workshopId, "token:" + token.id, null))
        .replaceWithVoid();
  }

  private static void refuseTakenName(boolean taken, String name) {
    if (taken) {
      throw nameConflict(name);
    }
  }

  private static ProblemException nameConflict(String name) {
    return ProblemException.conflict("A token named '" + name + "' already exists");
  }
}
