package com.bolloprint.workshop.customer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.bolloprint.workshop.support.Db;
import com.bolloprint.workshop.support.Workshop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BulkCustomerImportTest {

  static final int ROWS = 10_000;

  /**
   * Row i (0-based): every 500th+7 lacks a name, every 1000th+13 has a bad email, every 2000th+99
   * repeats row 98's externalRef.
   */
  static List<Map<String, Object>> rows() {
    List<Map<String, Object>> rows = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      if (i % 500 != 7) {
        row.put("name", "Customer " + i);
      }
      row.put("email", i % 1000 == 13 ? "not-an-email" : "c" + i + "@example.com");
      row.put("externalRef", i % 2000 == 99 ? "crm-98" : "crm-" + i);
      rows.add(row);
    }
    return rows;
  }

  static boolean invalid(int i) {
    return i % 500 == 7 || i % 1000 == 13;
  }

  @Test
  void tenThousandRowsWithSomeInvalidAreReportedRowByRow() {
    Workshop shop = Workshop.create();
    var token = shop.token("worker", "Zapier — CRM sync");
    String existing =
        token
            .request()
            .body(Map.of("name", "Already here", "externalRef", "crm-5"))
            .post("/api/customers")
            .then()
            .statusCode(201)
            .extract()
            .path("id");

    JsonPath result =
        token
            .request()
            .body(rows())
            .post("/api/customers/bulk")
            .then()
            .statusCode(200)
            .body("atomic", equalTo(false))
            .body("committed", equalTo(true))
            .extract()
            .jsonPath();

    int expectedInvalid = 0;
    int expectedDuplicates = 1; // crm-5 exists already
    for (int i = 0; i < ROWS; i++) {
      if (invalid(i)) {
        expectedInvalid++;
      } else if (i % 2000 == 99) {
        expectedDuplicates++;
      }
    }
    int expectedCreated = ROWS - expectedInvalid - expectedDuplicates;
    assertEquals(expectedInvalid, result.getInt("invalid"));
    assertEquals(expectedDuplicates, result.getInt("duplicates"));
    assertEquals(expectedCreated, result.getInt("created"));
    assertEquals(ROWS, result.getList("rows").size());

    assertEquals(8, result.getInt("rows[7].row"));
    assertEquals("invalid", result.getString("rows[7].status"));
    assertEquals("name", result.getString("rows[7].errors[0].field"));
    assertEquals("invalid", result.getString("rows[13].status"));
    assertEquals("email", result.getString("rows[13].errors[0].field"));
    assertEquals("duplicate", result.getString("rows[5].status"));
    assertEquals(existing, result.getString("rows[5].id"));
    String row98 = result.getString("rows[98].id");
    assertEquals("created", result.getString("rows[98].status"));
    assertEquals("duplicate", result.getString("rows[99].status"));
    assertEquals(row98, result.getString("rows[99].id"));
    assertEquals("created", result.getString("rows[9999].status"));

    assertEquals(expectedCreated + 1L, Db.count(shop.id, "select count(*) from customers"));
    assertEquals(
        expectedCreated + 1L,
        Db.count(
            shop.id,
            "select count(*) from audit_log where object_type = 'customer' and action = 'created'"));
    var stored =
        Db.rows(shop.id, "select name, email from customers where id = ?", UUID.fromString(row98));
    assertEquals("Customer 98", stored.get(0).get("name"));
    assertEquals(
        "API — Zapier — CRM sync",
        token
            .request()
            .get("/api/customers/" + row98 + "/history")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].actor.display"));
  }

  @Test
  void atomicImportWithAnInvalidRowWritesNothing() {
    Workshop shop = Workshop.create();
    var token = shop.token("worker");

    JsonPath result =
        token
            .request()
            .queryParam("atomic", true)
            .body(rows())
            .post("/api/customers/bulk")
            .then()
            .statusCode(422)
            .body("committed", equalTo(false))
            .body("created", equalTo(0))
            .extract()
            .jsonPath();
    assertEquals("invalid", result.getString("rows[7].status"));
    assertEquals("skipped", result.getString("rows[0].status"));
    assertNull(result.get("rows[0].id"));
    assertEquals(0L, Db.count(shop.id, "select count(*) from customers"));
    assertEquals(0L, Db.count(shop.id, "select count(*) from audit_log"));

    List<Map<String, Object>> valid = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      valid.add(Map.of("name", "Valid " + i, "externalRef", "v-" + i));
    }
    token
        .request()
        .queryParam("atomic", true)
        .body(valid)
        .post("/api/customers/bulk")
        .then()
        .statusCode(200)
        .body("committed", equalTo(true))
        .body("created", equalTo(ROWS));
    assertEquals((long) ROWS, Db.count(shop.id, "select count(*) from customers"));
  }

  @Test
  void csvImportUsesTheHeaderRowAndHandlesQuotes() {
    Workshop shop = Workshop.create();
    String csv =
        "name,email,company,externalRef\n"
            + "\"Dupont, Marie\",marie@example.com,\"Atelier \"\"Nord\"\"\",crm-1\n"
            + ",nobody@example.com,,crm-2\n"
            + "Second Marie,MARIE@example.com,,\n";
    JsonPath result =
        shop.token("worker")
            .request()
            .contentType("text/csv")
            .body(csv)
            .post("/api/customers/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("created", result.getString("rows[0].status"));
    assertEquals("invalid", result.getString("rows[1].status"));
    assertEquals("duplicate", result.getString("rows[2].status"));
    assertEquals(result.getString("rows[0].id"), result.getString("rows[2].id"));
    var row = Db.rows(shop.id, "select name, company, external_ref from customers");
    assertEquals(1, row.size());
    assertEquals("Dupont, Marie", row.get(0).get("name"));
    assertEquals("Atelier \"Nord\"", row.get(0).get("company"));
  }

  @Test
  void csvWithAnUnknownColumnIsRefusedWhole() {
    Workshop shop = Workshop.create();
    shop.token("worker")
        .request()
        .contentType("text/csv")
        .body("name,password\nA,b\n")
        .post("/api/customers/bulk")
        .then()
        .statusCode(400)
        .contentType(containsString("application/problem+json"))
        .body("errors[0].field", equalTo("header"));
    assertEquals(0L, Db.count(shop.id, "select count(*) from customers"));
  }

  @Test
  void jsonRowWithAnUnknownFieldIsInvalidAndNamesTheField() {
    Workshop shop = Workshop.create();
    JsonPath result =
        shop.token("worker")
            .request()
            .body("[{\"name\": \"A\", \"vip\": true}, {\"name\": \"B\"}, 42]")
            .post("/api/customers/bulk")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("vip", result.getString("rows[0].errors[0].field"));
    assertEquals("created", result.getString("rows[1].status"));
    assertEquals("invalid", result.getString("rows[2].status"));
    assertNotNull(result.getString("rows[1].id"));
  }

  @Test
  void moreThanTenThousandRowsAreRefused() {
    Workshop shop = Workshop.create();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i <= ROWS; i++) {
      rows.add(Map.of("name", "N" + i));
    }
    shop.token("worker")
        .request()
        .body(rows)
        .post("/api/customers/bulk")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
    assertEquals(0L, Db.count(shop.id, "select count(*) from customers"));
  }

  @Test
  void csvWithAByteOrderMarkIsRead() {
    Workshop shop = Workshop.create();
    shop.token("worker")
        .request()
        .contentType("text/csv; charset=UTF-8")
        .body("\uFEFFname,email\nBöm Çustomer,bom@example.com\n")
        .post("/api/customers/bulk")
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    assertEquals(
        1L, Db.count(shop.id, "select count(*) from customers where name = 'Böm Çustomer'"));
  }
}
