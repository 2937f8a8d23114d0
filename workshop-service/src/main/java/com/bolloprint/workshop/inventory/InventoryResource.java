package com.bolloprint.workshop.inventory;

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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
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

@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inventory")
@SecurityRequirement(name = "jwt")
public class InventoryResource {

  private final InventoryService inventory;
  private final AuditQueries audit;
  private final CurrentActor actor;

  public InventoryResource(InventoryService inventory, AuditQueries audit, CurrentActor actor) {
    this.inventory = inventory;
    this.audit = audit;
    this.actor = actor;
  }

  @GET
  @RolesAllowed(Roles.READ)
  @Operation(
      summary = "List stock items; lowStock=true keeps those at or below their reorder level")
  public Uni<Page<InventoryDto>> list(
      @QueryParam("limit") @Parameter(description = "1..100, default 50") String limit,
      @QueryParam("cursor") String cursor,
      @QueryParam("updatedSince") @Parameter(example = "2026-01-31T10:00:00Z") String updatedSince,
      @QueryParam("lowStock") @Parameter(example = "true") boolean lowStock,
      @QueryParam("sku") String sku) {
    return inventory.list(
        actor.get(),
        ListParams.parse(limit, cursor, updatedSince),
        lowStock,
        sku == null || sku.isBlank() ? null : sku.strip());
  }

  @GET
  @Path("settings")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "The workshop's inventory settings")
  public Uni<InventorySettings> settings() {
    return inventory.settings(actor.get());
  }

  @PUT
  @Path("settings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_INVENTORY)
  @Operation(summary = "Allow or forbid negative stock for the whole workshop")
  @RequestBody(
      content =
          @Content(
              examples = @ExampleObject(name = "allow", value = "{\"allowNegativeStock\": true}")))
  public Uni<InventorySettings> updateSettings(InventorySettings settings) {
    return inventory.updateSettings(actor.get(), settings);
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Read one stock item")
  public Uni<InventoryDto> get(@PathParam("id") UUID id) {
    return inventory.get(actor.get(), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_INVENTORY)
  @Operation(summary = "Create a stock item (safe to retry with Idempotency-Key)")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = InventoryDto.class)))
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = InventoryInput.class),
              examples =
                  @ExampleObject(
                      name = "vinyl",
                      value =
                          "{\"sku\": \"VINYL-WHITE-137\", \"name\": \"Vinyl, white, 1.37 m\","
                              + " \"unit\": \"m\", \"quantityOnHand\": 120, \"reorderLevel\": 50}")))
  public Uni<Response> create(
      @HeaderParam("Idempotency-Key") String idempotencyKey, InventoryInput input) {
    return inventory.create(actor.get(), input, idempotencyKey).map(s -> s.toResponse());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_INVENTORY)
  @Operation(summary = "Change an item's description, unit, reorder level or location")
  public Uni<InventoryDto> update(@PathParam("id") UUID id, InventoryInput patch) {
    return inventory.update(actor.get(), id, patch);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.WRITE_INVENTORY)
  @Operation(summary = "Delete a stock item")
  @APIResponse(responseCode = "204")
  public Uni<Void> delete(@PathParam("id") UUID id) {
    return inventory.delete(actor.get(), id);
  }

  @POST
  @Path("{id}/adjustments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_INVENTORY)
  @Operation(
      summary = "Add or remove stock with a reason",
      description = "409 when it would go below zero and the workshop does not allow that.")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = AdjustmentResult.class)))
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = AdjustmentInput.class),
              examples =
                  @ExampleObject(
                      name = "use",
                      value = "{\"delta\": -12.5, \"reason\": \"used for order 1042\"}")))
  public Uni<Response> adjust(
      @PathParam("id") UUID id,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      AdjustmentInput input) {
    return inventory.adjust(actor.get(), id, input, idempotencyKey).map(s -> s.toResponse());
  }

  @GET
  @Path("{id}/adjustments")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "The item's latest adjustments, newest first (at most 100)")
  public Uni<List<AdjustmentDto>> adjustments(@PathParam("id") UUID id) {
    return inventory.adjustments(actor.get(), id, ListParams.MAX_LIMIT);
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Change history of a stock item, newest first")
  public Uni<Page<AuditEntry>> history(
      @PathParam("id") UUID id,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    ListParams params = ListParams.parse(limit, cursor, null);
    return audit.history(actor.get(), InventoryItem.TYPE, id, params.limit(), params.cursor());
  }
}
