package com.bolloprint.workshop.inventory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bolloprint.workshop.support.Db;
import com.bolloprint.workshop.support.Workshop;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InventoryStockTest {

  private static String item(Workshop.Caller admin, String sku, int onHand, int reorder) {
    return admin
        .request()
        .body(
            Map.of(
                "sku",
                sku,
                "name",
                "Item " + sku,
                "unit",
                "m",
                "quantityOnHand",
                onHand,
                "reorderLevel",
                reorder))
        .post("/api/inventory")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  @Test
  void adjustmentsMoveStockAndAreAudited() {
    Workshop shop = Workshop.create();
    var admin = shop.token("admin", "Stock bot");
    String id = item(admin, "VINYL", 100, 20);

    admin
        .request()
        .body(Map.of("delta", -12.5, "reason", "order 1042"))
        .post("/api/inventory/" + id + "/adjustments")
        .then()
        .statusCode(201)
        .body("item.quantityOnHand", equalTo(87.5f))
        .body("adjustment.delta", equalTo(-12.5f))
        .body("adjustment.quantityAfter", equalTo(87.5f));

    assertEquals(
        0,
        new BigDecimal("87.5")
            .compareTo(
                (BigDecimal)
                    Db.rows(
                            shop.id,
                            "select quantity_on_hand from inventory_items where id = ?",
                            UUID.fromString(id))
                        .get(0)
                        .get("quantity_on_hand")));
    assertEquals(
        1L,
        Db.count(
            shop.id,
            "select count(*) from inventory_adjustments where item_id = ?",
            UUID.fromString(id)));
    admin
        .request()
        .get("/api/inventory/" + id + "/history")
        .then()
        .statusCode(200)
        .body("items[0].action", equalTo("stock_adjusted"))
        .body("items[0].changes.quantityOnHand.from", equalTo(100))
        .body("items[0].changes.quantityOnHand.to", equalTo(87.5f))
        .body("items[0].changes.reason.to", equalTo("order 1042"))
        .body("items[0].actor.display", equalTo("API — Stock bot"));
    admin
        .request()
        .get("/api/inventory/" + id + "/adjustments")
        .then()
        .statusCode(200)
        .body("", hasSize(1));
  }

  @Test
  void stockCannotGoBelowZeroUnlessTheWorkshopAllowsIt() {
    Workshop shop = Workshop.create();
    var admin = shop.admin();
    String id = item(admin, "INK", 5, 1);

    admin
        .request()
        .body(Map.of("delta", -6, "reason", "print run"))
        .post("/api/inventory/" + id + "/adjustments")
        .then()
        .statusCode(409)
        .contentType(containsString("application/problem+json"))
        .body("type", containsString("insufficient-stock"));
    assertEquals(0L, Db.count(shop.id, "select count(*) from inventory_adjustments"));

    admin
        .request()
        .get("/api/inventory/settings")
        .then()
        .statusCode(200)
        .body("allowNegativeStock", equalTo(false));
    admin
        .request()
        .body(Map.of("allowNegativeStock", true))
        .put("/api/inventory/settings")
        .then()
        .statusCode(200)
        .body("allowNegativeStock", equalTo(true));
    admin
        .request()
        .body(Map.of("delta", -6, "reason", "print run"))
        .post("/api/inventory/" + id + "/adjustments")
        .then()
        .statusCode(201)
        .body("item.quantityOnHand", equalTo(-1));
    assertEquals(
        true,
        Db.rows(
                null,
                "select allow_negative_stock from workshop_state where workshop_id = ?",
                shop.id)
            .get(0)
            .get("allow_negative_stock"));
    assertEquals(
        1L,
        Db.count(
            shop.id, "select count(*) from audit_log where object_type = 'workshop_settings'"));
  }

  @Test
  void lowStockListsItemsAtOrBelowTheirReorderLevel() {
    Workshop shop = Workshop.create();
    var admin = shop.admin();
    String low = item(admin, "LOW", 3, 10);
    String edge = item(admin, "EDGE", 10, 10);
    item(admin, "PLENTY", 50, 10);

    shop.token("viewer")
        .request()
        .queryParam("lowStock", true)
        .get("/api/inventory")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(low, edge))
        .body("items[0].lowStock", equalTo(true));
  }

  @Test
  void negativeQuantitiesAndZeroDeltasAreRefused() {
    Workshop shop = Workshop.create();
    var admin = shop.admin();
    admin
        .request()
        .body(Map.of("sku", "X", "name", "X", "unit", "pcs", "quantityOnHand", -1))
        .post("/api/inventory")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("quantityOnHand"));
    String id = item(admin, "Y", 1, 0);
    admin
        .request()
        .body(Map.of("delta", 0, "reason", "nothing"))
        .post("/api/inventory/" + id + "/adjustments")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("delta"));
    admin
        .request()
        .body(Map.of("quantityOnHand", 99))
        .patch("/api/inventory/" + id)
        .then()
        .statusCode(400);
    assertEquals(1L, Db.count(shop.id, "select count(*) from inventory_items"));
  }

  @Test
  void workerReadsInventoryButCannotAdjustIt() {
    Workshop shop = Workshop.create();
    String id = item(shop.admin(), "Z", 5, 1);
    var worker = shop.token("worker");
    worker.request().get("/api/inventory/" + id).then().statusCode(200);
    worker
        .request()
        .body(Map.of("delta", -1, "reason", "x"))
        .post("/api/inventory/" + id + "/adjustments")
        .then()
        .statusCode(403);
    assertEquals(0L, Db.count(shop.id, "select count(*) from inventory_adjustments"));
  }
}
