package com.bolloprint.token.apitoken;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TokenHistoryRepository implements PanacheRepositoryBase<TokenHistory, Long> {
  public Uni<List<TokenHistory>> forToken(UUID tokenId) {
    return list("tokenId = ?1 order by id desc", tokenId);
  }
}
