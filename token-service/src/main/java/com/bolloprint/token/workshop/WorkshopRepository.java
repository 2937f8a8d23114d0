package com.bolloprint.token.workshop;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class WorkshopRepository implements PanacheRepositoryBase<Workshop, UUID> {
  public Uni<Workshop> findBySlug(String slug) {
    return find("slug", slug).firstResult();
  }

  public Uni<Boolean> slugTaken(String slug) {
    return count("slug", slug).map(n -> n > 0);
  }
}
