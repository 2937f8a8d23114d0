package com.bolloprint.workshop.product;

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

@Path("/api/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
@SecurityRequirement(name = "jwt")
public class ProductResource {

  private final ProductService products;
  private final AuditQueries audit;
  private final CurrentActor actor;

  public ProductResource(ProductService products, AuditQueries audit, CurrentActor actor) {
    this.products = products;
    this.audit = audit;
    this.actor = actor;
  }

  @GET
  @RolesAllowed(Roles.READ)
  @Operation(summary = "List products in commit order")
  public Uni<Page<ProductDto>> list(
      @QueryParam("limit") @Parameter(description = "1..100, default 50") String limit,
      @QueryParam("cursor") String cursor,
      @QueryParam("updatedSince") @Parameter(example = "2026-01-31T10:00:00Z") String updatedSince,
      @QueryParam("sku") @Parameter(example = "FLY-A5-250") String sku) {
    return products.list(
        actor.get(),
        ListParams.parse(limit, cursor, updatedSince),
        sku == null || sku.isBlank() ? null : sku.strip());
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Read one product")
  public Uni<ProductDto> get(@PathParam("id") UUID id) {
    return products.get(actor.get(), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(summary = "Create a product (safe to retry with Idempotency-Key)")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = ProductDto.class)))
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = ProductInput.class),
              examples =
                  @ExampleObject(
                      name = "product",
                      value =
                          "{\"sku\": \"FLY-A5-250\", \"name\": \"A5 flyers\", \"unitPrice\": 39.90,"
                              + " \"currency\": \"EUR\"}")))
  public Uni<Response> create(
      @HeaderParam("Idempotency-Key") String idempotencyKey, ProductInput input) {
    return products.create(actor.get(), input, idempotencyKey).map(s -> s.toResponse());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(summary = "Change some fields of a product")
  public Uni<ProductDto> update(@PathParam("id") UUID id, ProductInput patch) {
    return products.update(actor.get(), id, patch);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(summary = "Delete a product (orders keep their lines)")
  @APIResponse(responseCode = "204")
  public Uni<Void> delete(@PathParam("id") UUID id) {
    return products.delete(actor.get(), id);
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Change history of a product, newest first")
  public Uni<Page<AuditEntry>> history(
      @PathParam("id") UUID id,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    ListParams params = ListParams.parse(limit, cursor, null);
    return audit.history(actor.get(), Product.TYPE, id, params.limit(), params.cursor());
  }
}
