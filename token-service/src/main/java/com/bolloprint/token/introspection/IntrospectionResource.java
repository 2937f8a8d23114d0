package com.bolloprint.token.introspection;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** RFC 7662 token introspection, for the gateway only. */
@Path("/internal/introspect")
@Tag(name = "Internal")
public class IntrospectionResource {
  private final IntrospectionService service;
  private final InternalClients clients;

  public IntrospectionResource(IntrospectionService service, InternalClients clients) {
    this.service = service;
    this.clients = clients;
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Introspect an API token or session id (form token=…)")
  public Uni<Introspection> introspect(
      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
      @FormParam("token") String token) {
    clients.authenticate(authorization);
    return service.introspect(token);
  }
}
