package com.bolloprint.workshop.audit;

import com.bolloprint.workshop.common.ListParams;
import com.bolloprint.workshop.common.Page;
import com.bolloprint.workshop.security.CurrentActor;
import com.bolloprint.workshop.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@SecurityRequirement(name = "jwt")
public class AuditResource {

  private final AuditQueries audit;
  private final CurrentActor actor;

  public AuditResource(AuditQueries audit, CurrentActor actor) {
    this.audit = audit;
    this.actor = actor;
  }

  @GET
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Everything one API token or person changed in this workshop, newest first")
  public Uni<Page<AuditEntry>> byActor(
      @QueryParam("actor")
          @Parameter(required = true, example = "token:5b0c3f4e-8a1d-4a53-9a3e-2f1c0d9b7e61")
          String actorId,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    ListParams params = ListParams.parse(limit, cursor, null);
    return audit.byActor(actor.get(), actorId, params.limit(), params.cursor());
  }
}
