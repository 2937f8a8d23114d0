package com.bolloprint.workshop.customer;

import com.bolloprint.workshop.common.Problem;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Answer of POST /api/customers/bulk: a summary and one outcome per row, in input order. */
@Schema(name = "BulkCustomerResult")
public record BulkResult(
    boolean atomic,
    @Schema(description = "false when atomic mode refused the whole import") boolean committed,
    int created,
    int duplicates,
    int invalid,
    List<Row> rows) {

  public static final String CREATED = "created";
  public static final String DUPLICATE = "duplicate";
  public static final String INVALID = "invalid";
  public static final String SKIPPED = "skipped";

  /**
   * One row's outcome. {@code row} is 1-based (the CSV's header is not counted). {@code id} is the
   * new customer's id ({@code created}) or the existing one's ({@code duplicate}). {@code skipped}
   * is a valid row that atomic mode did not write because another row was invalid.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @Schema(name = "BulkCustomerRow")
  public record Row(
      int row,
      @Schema(enumeration = {"created", "duplicate", "invalid", "skipped"}) String status,
      UUID id,
      List<Problem.FieldError> errors) {}
}
