package com.bolloprint.token.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {
  public Uni<Session> findBySecretHash(String hash) {
    return find("secretHash", hash).firstResult();
  }
}
