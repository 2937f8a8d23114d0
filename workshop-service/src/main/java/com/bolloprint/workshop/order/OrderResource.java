package com.bolloprint.workshop.order;

import com.bolloprint.workshop.audit.AuditEntry;
import com.bolloprint.workshop.audit.AuditQueries;
import com.bolloprint.workshop.common.ListParams;
import com.bolloprint.workshop.common.Page;
import com.bolloprint.workshop.security.CurrentActor;
import com.bolloprint.workshop.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Orders")
@SecurityRequirement(name = "jwt")
public class OrderResource {

  private final OrderService orders;
  private final AuditQueries audit;
  private final CurrentActor actor;

  public OrderResource(OrderService orders, AuditQueries audit, CurrentActor actor) {
    this.orders = orders;
    this.audit = audit;
    this.actor = actor;
  }

  @GET
  @RolesAllowed(Roles.READ)
  @Operation(
      summary = "List orders in commit order (poll with updatedSince, then nextCursor)",
      description =
          "Items come in the order their changes committed. Keep the last non-null nextCursor and"
              + " ask again with it: nothing is skipped or repeated, except an order changed again"
              + " since, which comes again with its new state.")
  public Uni<Page<OrderDto>> list(
      @QueryParam("limit") @Parameter(description = "1..100, default 50", example = "100")
          String limit,
      @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page")
          String cursor,
      @QueryParam("updatedSince") @Parameter(example = "2026-01-31T10:00:00Z") String updatedSince,
      @QueryParam("externalRef") @Parameter(example = "shopify:order:58120") String externalRef,
      @QueryParam("status") @Parameter(example = "ready") String status) {
    return orders.list(
        actor.get(),
        ListParams.parse(limit, cursor, updatedSince),
        blank(externalRef),
        blank(status));
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Read one order with its lines")
  public Uni<OrderDto> get(@PathParam("id") UUID id) {
    return orders.get(actor.get(), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(
      summary = "Create an order (safe to retry with Idempotency-Key)",
      description =
          "Same Idempotency-Key and same body: the first answer again. Same key, other body: 422.")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = OrderDto.class)))
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = OrderInput.class),
              examples =
                  @ExampleObject(
                      name = "order",
                      value =
                          "{\"customerId\": \"0b6a3f0e-4a7e-4c59-9d55-1f0f7f0c2b11\","
                              + " \"externalRef\": \"shopify:order:58120\", \"status\": \"confirmed\","
                              + " \"lines\": [{\"productId\": \"7d1e2c44-95c1-4b8e-8a61-3f3b7e1e2a90\","
                              + " \"quantity\": 2}]}")))
  public Uni<Response> create(
      @HeaderParam("Idempotency-Key") @Parameter(example = "sale-58120") String idempotencyKey,
      OrderInput input) {
    return orders.create(actor.get(), input, idempotencyKey).map(s -> s.toResponse());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(
      summary = "Move an order along its lifecycle or change its header",
      description = "An invalid transition is a 409 naming the current and the requested status.")
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = OrderPatch.class),
              examples =
                  @ExampleObject(name = "status", value = "{\"status\": \"in_production\"}")))
  public Uni<OrderDto> update(@PathParam("id") UUID id, OrderPatch patch) {
    return orders.update(actor.get(), id, patch);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(summary = "Delete a draft or cancelled order")
  @APIResponse(responseCode = "204")
  public Uni<Void> delete(@PathParam("id") UUID id) {
    return orders.delete(actor.get(), id);
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Change history of an order, newest first")
  public Uni<Page<AuditEntry>> history(
      @PathParam("id") UUID id,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    ListParams params = ListParams.parse(limit, cursor, null);
    return audit.history(actor.get(), SalesOrder.TYPE, id, params.limit(), params.cursor());
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
