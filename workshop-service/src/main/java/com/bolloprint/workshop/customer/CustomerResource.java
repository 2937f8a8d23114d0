package com.bolloprint.workshop.customer;

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

@Path("/api/customers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Customers")
@SecurityRequirement(name = "jwt")
public class CustomerResource {

  private final CustomerService customers;
  private final BulkImport bulk;
  private final AuditQueries audit;
  private final CurrentActor actor;

  public CustomerResource(
      CustomerService customers, BulkImport bulk, AuditQueries audit, CurrentActor actor) {
    this.customers = customers;
    this.bulk = bulk;
    this.audit = audit;
    this.actor = actor;
  }

  @GET
  @RolesAllowed(Roles.READ)
  @Operation(
      summary = "List customers in commit order",
      description =
          "Pages follow nextCursor; a poller keeps the last non-null nextCursor and asks again later.")
  public Uni<Page<CustomerDto>> list(
      @QueryParam("limit") @Parameter(description = "1..100, default 50", example = "100")
          String limit,
      @QueryParam("cursor") @Parameter(description = "nextCursor of the previous page")
          String cursor,
      @QueryParam("updatedSince") @Parameter(example = "2026-01-31T10:00:00Z") String updatedSince,
      @QueryParam("externalRef") @Parameter(example = "shopify:7730012") String externalRef) {
    return customers.list(
        actor.get(), ListParams.parse(limit, cursor, updatedSince), blankToNull(externalRef));
  }

  @GET
  @Path("{id}")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Read one customer")
  public Uni<CustomerDto> get(@PathParam("id") UUID id) {
    return customers.get(actor.get(), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(summary = "Create a customer (safe to retry with Idempotency-Key)")
  @APIResponse(
      responseCode = "201",
      content = @Content(schema = @Schema(implementation = CustomerDto.class)))
  @RequestBody(
      content =
          @Content(
              schema = @Schema(implementation = CustomerInput.class),
              examples =
                  @ExampleObject(
                      name = "customer",
                      value =
                          "{\"name\": \"Café Lumière\", \"email\": \"orders@cafe-lumiere.fr\","
                              + " \"externalRef\": \"shopify:7730012\"}")))
  public Uni<Response> create(
      @HeaderParam("Idempotency-Key") String idempotencyKey, CustomerInput input) {
    return customers.create(actor.get(), input, idempotencyKey).map(s -> s.toResponse());
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(summary = "Change some fields of a customer (\"\" clears an optional field)")
  public Uni<CustomerDto> update(@PathParam("id") UUID id, CustomerInput patch) {
    return customers.update(actor.get(), id, patch);
  }

  @DELETE
  @Path("{id}")
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(summary = "Delete a customer")
  @APIResponse(responseCode = "204")
  public Uni<Void> delete(@PathParam("id") UUID id) {
    return customers.delete(actor.get(), id);
  }

  @POST
  @Path("bulk")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(
      summary = "Import up to 10,000 customers from a JSON array",
      description =
          "Each row is created, duplicate (same externalRef, or same email without externalRef) or"
              + " invalid. With atomic=true nothing is written when a row is invalid (422).")
  @APIResponse(
      responseCode = "200",
      content = @Content(schema = @Schema(implementation = BulkResult.class)))
  @RequestBody(
      content =
          @Content(
              examples =
                  @ExampleObject(
                      name = "rows",
                      value =
                          "[{\"name\": \"Café Lumière\", \"externalRef\": \"crm-1\"},"
                              + " {\"name\": \"Atelier Nord\", \"email\": \"hi@nord.example\"}]")))
  public Uni<Response> bulkJson(
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @QueryParam("atomic") boolean atomic,
      String body) {
    return bulk.importJson(actor.get(), body, atomic, idempotencyKey).map(s -> s.toResponse());
  }

  @POST
  @Path("bulk")
  @Consumes("text/csv")
  @RolesAllowed(Roles.WRITE_SALES)
  @Operation(summary = "Import up to 10,000 customers from CSV with a header row")
  @RequestBody(
      content =
          @Content(
              mediaType = "text/csv",
              examples =
                  @ExampleObject(
                      name = "csv",
                      value =
                          "name,email,externalRef\nCafé Lumière,orders@cafe-lumiere.fr,crm-1\n")))
  public Uni<Response> bulkCsv(
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @QueryParam("atomic") boolean atomic,
      String body) {
    return bulk.importCsv(actor.get(), body, atomic, idempotencyKey).map(s -> s.toResponse());
  }

  @GET
  @Path("{id}/history")
  @RolesAllowed(Roles.READ)
  @Operation(summary = "Change history of a customer, newest first")
  public Uni<Page<AuditEntry>> history(
      @PathParam("id") UUID id,
      @QueryParam("limit") String limit,
      @QueryParam("cursor") String cursor) {
    ListParams params = ListParams.parse(limit, cursor, null);
    return audit.history(actor.get(), Customer.TYPE, id, params.limit(), params.cursor());
  }

  static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
