package com.bolloprint.token.auth;

import com.bolloprint.token.common.ProblemException;
import com.bolloprint.token.common.Secrets;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Slows down password guessing: too many failed logins for one account, or from one client, within
 * a window lock that account or client for a while (429 with Retry-After). Counters live in
 * PostgreSQL so every replica sees them, keyed by a hash, never by the email itself.
 */
@ApplicationScoped
public class LoginThrottle {
  /** $1 key, $2 now, $3 max failures, $4 start of the current window, $5 locked until. */
  private static final String FAIL =
      """
      insert into login_throttle (key_hash, failures, window_started_at, locked_until)
      values ($1::varchar(64), 1, $2::timestamptz,
              case when $3::int <= 1 then $5::timestamptz end)
      on conflict (key_hash) do update set
        failures = case when login_throttle.window_started_at < $4::timestamptz then 1
                        else login_throttle.failures + 1 end,
        window_started_at = case when login_throttle.window_started_at < $4::timestamptz
                                 then $2::timestamptz
                                 else login_throttle.window_started_at end,
        locked_until = case
          when (case when login_throttle.window_started_at < $4::timestamptz then 1
                     else login_throttle.failures + 1 end) >= $3::int then $5::timestamptz
          else login_throttle.locked_until end
      """;

  private final Pool pool;
  private final Config config;
  private final Clock clock;

  @ConfigMapping(prefix = "bolloprint.login")
  public interface Config {
    @WithDefault("5")
    int maxFailuresPerAccount();

    @WithDefault("20")
    int maxFailuresPerClient();

    @WithDefault("PT15M")
    Duration window();

    @WithDefault("PT5M")
    Duration lockout();
  }

  public LoginThrottle(Pool pool, Config config, Clock clock) {
    this.pool = pool;
    this.config = config;
    this.clock = clock;
  }

  static String accountKey(String workshop, String email) {
    return Secrets.sha256Hex("account:" + workshop.toLowerCase() + ":" + email.toLowerCase());
  }

  static String clientKey(String client) {
    return Secrets.sha256Hex("client:" + client);
  }

  /** Fails with 429 while the account or the client is locked. */
  public Uni<Void> check(String accountKey, String clientKey) {
    OffsetDateTime now = now();
    return pool.preparedQuery(
            "select max(locked_until) from login_throttle"
                + " where key_hash = any($1) and locked_until > $2")
        .execute(Tuple.of(new String[] {accountKey, clientKey}, now))
        .invoke(
            rows -> {
              Row row = rows.iterator().next();
              OffsetDateTime until = row.getOffsetDateTime(0);
              if (until != null) {
                long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
                throw ProblemException.tooManyRequests(
                    "Too many failed sign-ins; try again in " + seconds + " seconds", seconds);
              }
            })
        .replaceWithVoid();
  }

  public Uni<Void> failed(String accountKey, String clientKey) {
    return fail(accountKey, config.maxFailuresPerAccount())
        .call(() -> fail(clientKey, config.maxFailuresPerClient()));
  }

  /** A successful sign-in clears the account's counter (not the client's). */
  public Uni<Void> succeeded(String accountKey) {
    return pool.preparedQuery("delete from login_throttle where key_hash = $1")
        .execute(Tuple.of(accountKey))
        .replaceWithVoid();
  }

  private Uni<Void> fail(String key, int max) {
    OffsetDateTime now = now();
    return pool.preparedQuery(FAIL)
        .execute(
            Tuple.from(
                List.of(key, now, max, now.minus(config.window()), now.plus(config.lockout()))))
        .replaceWithVoid();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
