package com.bolloprint.token.member;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * Salted bcrypt (WildFly Elytron, through Quarkus). Hashing is slow on purpose, so it runs on a
 * worker thread, never on the event loop.
 */
@ApplicationScoped
public class PasswordHasher {
  /** A valid hash of a random password, verified when an account does not exist. */
  private final String decoy;

  private final Vertx vertx;
  private final Config config;

  @ConfigMapping(prefix = "bolloprint.password")
  public interface Config {
    /** bcrypt cost (log2 of rounds). */
    @WithDefault("12")
    int bcryptCost();
  }

  public PasswordHasher(Vertx vertx, Config config) {
    this.vertx = vertx;
    this.config = config;
    this.decoy = BcryptUtil.bcryptHash("decoy-" + System.nanoTime(), config.bcryptCost());
  }

  public Uni<String> hash(String password) {
    return vertx.executeBlocking(
        Uni.createFrom().item(() -> BcryptUtil.bcryptHash(password, config.bcryptCost())));
  }

  /** Checks a password; with a null hash it spends the same time and answers false. */
  public Uni<Boolean> matches(String password, String hash) {
    return vertx.executeBlocking(
        Uni.createFrom().item(() -> verify(password, hash == null ? decoy : hash) && hash != null));
  }

  private static boolean verify(String password, String hash) {
    try {
      Password raw = ModularCrypt.decode(hash);
      PasswordFactory factory = PasswordFactory.getInstance(raw.getAlgorithm());
      BCryptPassword stored = (BCryptPassword) factory.translate(raw);
      return factory.verify(stored, password.toCharArray());
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }
}
