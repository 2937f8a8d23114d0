package com.bolloprint.token.apitoken;

import com.bolloprint.token.apitoken.TokenDtos.CreateTokenRequest;
import com.bolloprint.token.apitoken.TokenDtos.TokenPage;
import com.bolloprint.token.apitoken.TokenDtos.TokenView;
import com.bolloprint.token.common.Caller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

/** Settings → Tokens: people who are Admins or Owners manage their workshop's API tokens. */
@Path("/api/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
public class ApiTokenResource {
  private final ApiTokenService service;
  private final Caller caller;

  public ApiTokenResource(ApiTokenService service, Caller caller) {
    this.service = service;
    this.caller = caller;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @ResponseStatus(201)
  @Operation(
      summary = "Create a token",
      description =
          "Body {\"name\": \"Make — web orders\", \"role\": \"worker\", \"expiresIn\": \"3m\"}."
              + " The answer carries the key in `token`; it is never shown again.")
  public Uni<TokenView> create(CreateTokenRequest request) {
    caller.requireManager();
    return service.create(caller.workshopId(), caller.memberId(), caller.name(), request);
  }

  @GET
  @Operation(summary = "List the workshop's tokens that are not deleted, newest first")
  public Uni<TokenPage> list(
      @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor) {
    caller.requireManager();
    return service.list(caller.workshopId(), limit, cursor);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One token with its history (created, deactivated, deleted: by whom, when)")
  public Uni<TokenView> get(@PathParam("id") UUID id) {
    caller.requireManager();
    return service.get(caller.workshopId(), id);
  }

  @POST
  @Path("{id}/deactivate")
  @Operation(summary = "Deactivate a token at once; it stays in the list (idempotent)")
  public Uni<TokenView> deactivate(@PathParam("id") UUID id) {
    caller.requireManager();
    return service.deactivate(caller.workshopId(), id, caller.memberId(), caller.name());
  }

  @DELETE
  @Path("{id}")
  @ResponseStatus(204)
  @Operation(summary = "Delete a deactivated or expired token (409 while it is active)")
  public Uni<Void> delete(@PathParam("id") UUID id) {
    caller.requireManager();
    return service.delete(caller.workshopId(), id, caller.memberId(), caller.name());
  }
}
