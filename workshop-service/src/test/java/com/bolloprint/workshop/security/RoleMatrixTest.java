package com.bolloprint.workshop.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.workshop.support.Db;
import com.bolloprint.workshop.support.Workshop;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DESIGN's role matrix, walked for every role on every route: a refused call is a 403 problem+json
 * and writes nothing; an allowed one gets past the role check (2xx, or 404/422 for the made-up ids
 * it uses).
 */
@QuarkusTest
class RoleMatrixTest {

  enum Need {
    READ,
    WRITE_SALES,
    WRITE_INVENTORY
  }

  record Route(String method, String path, String contentType, String body, Need need) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  static final String ID = UUID.randomUUID().toString();

  static List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (String collection : List.of("orders", "customers", "products", "inventory")) {
      Need write = collection.equals("inventory") ? Need.WRITE_INVENTORY : Need.WRITE_SALES;
      routes.add(new Route("GET", "/api/" + collection, null, null, Need.READ));
      routes.add(new Route("GET", "/api/" + collection + "/" + ID, null, null, Need.READ));
      routes.add(
          new Route("GET", "/api/" + collection + "/" + ID + "/history", null, null, Need.READ));
      routes.add(
          new Route(
              "POST", "/api/" + collection, "application/json", createBody(collection), write));
      routes.add(
          new Route(
              "PATCH",
              "/api/" + collection + "/" + ID,
              "application/json",
              "{\"notes\": \"x\"}"
                  .replace(
                      "notes",
                      collection.equals("products")
                          ? "description"
                          : collection.equals("inventory") ? "location" : "notes"),
              write));
      routes.add(new Route("DELETE", "/api/" + collection + "/" + ID, null, null, write));
    }
    routes.add(new Route("GET", "/api/inventory?lowStock=true", null, null, Need.READ));
    routes.add(new Route("GET", "/api/inventory/settings", null, null, Need.READ));
    routes.add(new Route("GET", "/api/inventory/" + ID + "/adjustments", null, null, Need.READ));
    routes.add(new Route("GET", "/api/audit?actor=token:" + ID, null, null, Need.READ));
    routes.add(
        new Route(
            "POST",
            "/api/customers/bulk",
            "application/json",
            "[{\"name\": \"Bulk\"}]",
            Need.WRITE_SALES));
    routes.add(
        new Route("POST", "/api/customers/bulk", "text/csv", "name\nBulk CSV\n", Need.WRITE_SALES));
    routes.add(
        new Route(
            "POST",
            "/api/inventory/" + ID + "/adjustments",
            "application/json",
            "{\"delta\": 1, \"reason\": \"count\"}",
            Need.WRITE_INVENTORY));
    routes.add(
        new Route(
            "PUT",
            "/api/inventory/settings",
            "application/json",
            "{\"allowNegativeStock\": true}",
            Need.WRITE_INVENTORY));
    return routes;
  }

  private static String createBody(String collection) {
    String sku = "SKU-" + UUID.randomUUID();
    return switch (collection) {
      case "orders" -> "{\"lines\": [{\"productId\": \"" + ID + "\", \"quantity\": 1}]}";
      case "customers" -> "{\"name\": \"Matrix customer\"}";
      case "products" ->
          "{\"sku\": \"" + sku + "\", \"name\": \"n\", \"unitPrice\": 1, \"currency\": \"EUR\"}";
      default -> "{\"sku\": \"" + sku + "\", \"name\": \"n\", \"unit\": \"pcs\"}";
    };
  }

  static Stream<Arguments> matrix() {
    List<Arguments> cases = new ArrayList<>();
    for (String role : List.of("owner", "admin", "worker", "viewer", "readonly")) {
      for (String type : List.of("api_token", "user")) {
        if (type.equals("api_token") && Set.of("owner", "readonly").contains(role)) {
          continue; // API tokens are admin, worker or viewer
        }
        if (type.equals("user") && role.equals("viewer")) {
          continue; // people are owner, admin, worker or readonly
        }
        for (Route route : routes()) {
          cases.add(Arguments.of(role, type, route));
        }
      }
    }
    return cases.stream();
  }

  static boolean allowed(String role, Need need) {
    return switch (need) {
      case READ -> true;
      case WRITE_SALES -> Set.of("owner", "admin", "worker").contains(role);
      case WRITE_INVENTORY -> Set.of("owner", "admin").contains(role);
    };
  }

  @ParameterizedTest(name = "{0} ({1}) {2}")
  @MethodSource("matrix")
  void roleMatrixIsEnforcedOnEveryRoute(String role, String type, Route route) {
    Workshop shop = Workshop.create();
    var caller = "api_token".equals(type) ? shop.token(role) : shop.person(role, "Someone");
    RequestSpecification request = caller.request();
    if (route.contentType() != null) {
      request = request.contentType(route.contentType()).body(route.body());
    }
    Response response = request.request(route.method(), route.path());

    if (allowed(role, route.need())) {
      int status = response.statusCode();
      assertTrue(
          status < 300 || status == 404 || status == 422,
          route
              + " as "
              + role
              + " should pass the role check, got "
              + status
              + " "
              + response.asString());
    } else {
      response
          .then()
          .statusCode(403)
          .contentType(containsString("application/problem+json"))
          .body("status", equalTo(403));
      assertEquals(0L, Db.count(shop.id, "select count(*) from audit_log"));
      assertEquals(
          0L,
          Db.count(
              null, "select count(*) from workshop_state where workshop_id = '" + shop.id + "'"));
    }
  }
}
