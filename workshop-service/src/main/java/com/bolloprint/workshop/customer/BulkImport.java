package com.bolloprint.workshop.customer;

import com.bolloprint.workshop.audit.AuditEvent;
import com.bolloprint.workshop.audit.AuditLog;
import com.bolloprint.workshop.common.ApiException;
import com.bolloprint.workshop.common.Change;
import com.bolloprint.workshop.common.Errors;
import com.bolloprint.workshop.common.Idempotency;
import com.bolloprint.workshop.common.Reply;
import com.bolloprint.workshop.common.Stored;
import com.bolloprint.workshop.common.Tx;
import com.bolloprint.workshop.common.WorkshopConfig;
import com.bolloprint.workshop.security.Actor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * POST /api/customers/bulk: up to {@code bolloprint.bulk.max-rows} customers from a JSON array or a
 * CSV with a header row. Each row is {@code created}, {@code duplicate} (same externalRef, or same
 * email when the row has no externalRef, as a live customer or an earlier row) or {@code invalid}.
 * Atomic mode writes nothing when any row is invalid (422). All inserts and all audit rows go in
 * two set-based statements inside one transaction.
 */
@ApplicationScoped
public class BulkImport {

  static final List<String> COLUMNS =
      List.of(
          "name",
          "email",
          "phone",
          "company",
          "billingAddress",
          "shippingAddress",
          "notes",
          "externalRef");

  private static final String EXISTING =
      "select cast(id as text), external_ref, lower(email) from customers"
          + " where workshop_id = :w and deleted_at is null and (external_ref in"
          + " (select jsonb_array_elements_text(cast(cast(:refs as text) as jsonb)))"
          + " or lower(email) in (select jsonb_array_elements_text(cast(cast(:emails as text) as jsonb))))";

  private static final String INSERT =
      "insert into customers (id, workshop_id, name, email, phone, company, billing_address,"
          + " shipping_address, notes, external_ref, change_seq, created_at, updated_at)"
          + " select x.id, :w, x.name, x.email, x.phone, x.company, x.billing_address,"
          + " x.shipping_address, x.notes, x.external_ref, :seq, cast(cast(:at as text) as timestamptz),"
          + " cast(cast(:at as text) as timestamptz)"
          + " from jsonb_to_recordset(cast(cast(:rows as text) as jsonb)) as x(id uuid, name text,"
          + " email text, phone text, company text, billing_address text, shipping_address text,"
          + " notes text, external_ref text)";

  private final Tx tx;
  private final AuditLog audit;
  private final Idempotency idempotency;
  private final ObjectMapper mapper;
  private final WorkshopConfig config;

  public BulkImport(
      Tx tx, AuditLog audit, Idempotency idempotency, ObjectMapper mapper, WorkshopConfig config) {
    this.tx = tx;
    this.audit = audit;
    this.idempotency = idempotency;
    this.mapper = mapper;
    this.config = config;
  }

  record Parsed(
      CustomerInput input, List<com.bolloprint.workshop.common.Problem.FieldError> errors) {}

  public Uni<Stored> importJson(Actor actor, String body, boolean atomic, String key) {
    return run(actor, parseJson(body), atomic, key, "json:" + atomic + "\n" + body);
  }

  public Uni<Stored> importCsv(Actor actor, String body, boolean atomic, String key) {
    return run(actor, parseCsv(body), atomic, key, "csv:" + atomic + "\n" + body);
  }

  private Uni<Stored> run(
      Actor actor, List<Parsed> rows, boolean atomic, String key, String request) {
    if (rows.isEmpty()) {
      throw ApiException.badRequest("body", "has no rows");
    }
    if (rows.size() > config.bulk().maxRows()) {
      throw ApiException.badRequest(
          "body",
          "has " + rows.size() + " rows; at most " + config.bulk().maxRows() + " are accepted");
    }
    String fingerprint = idempotency.fingerprint("POST /api/customers/bulk", request);
    return tx.create(
        actor,
        key,
        fingerprint,
        0,
        change -> existing(change, rows).chain(known -> write(change, rows, known, atomic)));
  }

  /** Live customers that share an externalRef or email with some row: key -> id. */
  private Uni<Map<String, UUID>> existing(Change change, List<Parsed> rows) {
    List<String> refs = new ArrayList<>();
    List<String> emails = new ArrayList<>();
    for (Parsed row : rows) {
      if (row.errors().isEmpty()) {
        String ref = Errors.clean(row.input().externalRef());
        String email = Errors.clean(row.input().email());
        if (ref != null) {
          refs.add(ref);
        } else if (email != null) {
          emails.add(email.toLowerCase(Locale.ROOT));
        }
      }
    }
    if (refs.isEmpty() && emails.isEmpty()) {
      return Uni.createFrom().item(Map.of());
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(EXISTING, Object[].class)
                    .setParameter("w", change.workshopId())
                    .setParameter("refs", idempotency.json(refs))
                    .setParameter("emails", idempotency.json(emails))
                    .getResultList())
        .map(
            found -> {
              Map<String, UUID> known = new HashMap<>();
              for (Object[] row : found) {
                UUID id = UUID.fromString((String) row[0]);
                if (row[1] != null) {
                  known.putIfAbsent("ref:" + row[1], id);
                }
                if (row[2] != null) {
                  known.putIfAbsent("email:" + row[2], id);
                }
              }
              return known;
            });
  }

  private Uni<Reply> write(
      Change change, List<Parsed> rows, Map<String, UUID> existing, boolean atomic) {
    Map<String, UUID> known = new HashMap<>(existing);
    List<BulkResult.Row> outcomes = new ArrayList<>(rows.size());
    List<Map<String, Object>> inserts = new ArrayList<>();
    List<AuditEvent> events = new ArrayList<>();
    int invalid = 0;
    int duplicates = 0;
    for (int i = 0; i < rows.size(); i++) {
      Parsed row = rows.get(i);
      if (!row.errors().isEmpty()) {
        invalid++;
        outcomes.add(new BulkResult.Row(i + 1, BulkResult.INVALID, null, row.errors()));
        continue;
      }
      Customer customer = Customer.create(change, row.input());
      String identity =
          customer.externalRef != null
              ? "ref:" + customer.externalRef
              : customer.email != null ? "email:" + customer.email.toLowerCase(Locale.ROOT) : null;
      UUID duplicateOf = identity == null ? null : known.get(identity);
      if (duplicateOf != null) {
        duplicates++;
        outcomes.add(new BulkResult.Row(i + 1, BulkResult.DUPLICATE, duplicateOf, null));
        continue;
      }
      if (identity != null) {
        known.put(identity, customer.id);
      }
      if (customer.email != null && customer.externalRef != null) {
        known.putIfAbsent("email:" + customer.email.toLowerCase(Locale.ROOT), customer.id);
      }
      inserts.add(insertRow(customer));
      events.add(AuditEvent.created(Customer.TYPE, customer.id, customer.snapshot()));
      outcomes.add(new BulkResult.Row(i + 1, BulkResult.CREATED, customer.id, null));
    }
    if (atomic && invalid > 0) {
      List<BulkResult.Row> refused =
          outcomes.stream()
              .map(
                  r ->
                      BulkResult.CREATED.equals(r.status())
                          ? new BulkResult.Row(r.row(), BulkResult.SKIPPED, null, null)
                          : r)
              .toList();
      return Uni.createFrom()
          .item(new Reply(422, new BulkResult(true, false, 0, duplicates, invalid, refused)));
    }
    BulkResult result = new BulkResult(atomic, true, inserts.size(), duplicates, invalid, outcomes);
    return insert(change, inserts)
        .call(() -> audit.record(change, events))
        .replaceWith(new Reply(200, result));
  }

  private Uni<Void> insert(Change change, List<Map<String, Object>> inserts) {
    if (inserts.isEmpty()) {
      return Uni.createFrom().voidItem();
    }
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(INSERT)
                    .setParameter("w", change.workshopId())
                    .setParameter("seq", change.seq())
                    .setParameter("at", change.now().toString())
                    .setParameter("rows", idempotency.json(inserts))
                    .executeUpdate())
        .replaceWithVoid();
  }

  private static Map<String, Object> insertRow(Customer c) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", c.id.toString());
    row.put("name", c.name);
    row.put("email", c.email);
    row.put("phone", c.phone);
    row.put("company", c.company);
    row.put("billing_address", c.billingAddress);
    row.put("shipping_address", c.shippingAddress);
    row.put("notes", c.notes);
    row.put("external_ref", c.externalRef);
    return row;
  }

  List<Parsed> parseJson(String body) {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw new ApiException(
          400, "malformed-json", "Malformed JSON", "The request body is not valid JSON", null);
    }
    if (root == null || !root.isArray()) {
      throw ApiException.badRequest("body", "must be a JSON array of customers");
    }
    List<Parsed> rows = new ArrayList<>(root.size());
    for (int i = 0; i < root.size(); i++) {
      JsonNode node = root.get(i);
      Errors errors = new Errors();
      CustomerInput input = null;
      if (!node.isObject()) {
        errors.add("row", "must be a JSON object");
      } else {
        try {
          input = mapper.treeToValue(node, CustomerInput.class);
          input.validateCreate(errors);
        } catch (UnrecognizedPropertyException e) {
          errors.add(e.getPropertyName(), "is not a known field");
        } catch (JsonMappingException e) {
          String field = e.getPath().isEmpty() ? "row" : e.getPath().get(0).getFieldName();
          errors.add(field, "has the wrong type");
        } catch (JsonProcessingException e) {
          errors.add("row", "is not valid");
        }
      }
      rows.add(new Parsed(input, errors.list()));
    }
    return rows;
  }

  List<Parsed> parseCsv(String body) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(true)
            .setTrim(true)
            .get();
    if (body.startsWith("\uFEFF")) {
      body = body.substring(1); // byte order mark written by spreadsheet exports
    }
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(body)).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      Map<String, String> columns = new HashMap<>();
      for (String name : header) {
        String column =
            COLUMNS.stream().filter(c -> c.equalsIgnoreCase(name.strip())).findFirst().orElse(null);
        if (column == null) {
          throw ApiException.badRequest(
              "header", "unknown column '" + name + "'; known columns are " + COLUMNS);
        }
        columns.put(column, name);
      }
      if (!columns.containsKey("name")) {
        throw ApiException.badRequest("header", "must have a 'name' column");
      }
      List<Parsed> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Errors errors = new Errors();
        if (!record.isConsistent()) {
          errors.add("row", "has " + record.size() + " fields; the header has " + header.size());
          rows.add(new Parsed(null, errors.list()));
          continue;
        }
        CustomerInput input =
            new CustomerInput(
                value(record, columns, "name"),
                value(record, columns, "email"),
                value(record, columns, "phone"),
                value(record, columns, "company"),
                value(record, columns, "billingAddress"),
                value(record, columns, "shippingAddress"),
                value(record, columns, "notes"),
                value(record, columns, "externalRef"));
        input.validateCreate(errors);
        rows.add(new Parsed(input, errors.list()));
        if (rows.size() > config.bulk().maxRows()) {
          break;
        }
      }
      return rows;
    } catch (IOException
        | java.io.UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw ApiException.badRequest("body", "is not a valid CSV document with a header row");
    }
  }

  private static String value(CSVRecord record, Map<String, String> columns, String column) {
    String header = columns.get(column);
    if (header == null) {
      return null;
    }
    return Errors.clean(record.get(header));
  }
}
