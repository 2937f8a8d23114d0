package com.bolloprint.workshop.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ServiceEndpointsTest {

  @Test
  void readinessIncludesTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("PostgreSQL")));
  }

  @Test
  void openApiDocumentsEveryPublicRouteWithExamples() {
    String doc =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    for (String path :
        new String[] {
          "/api/orders", "/api/orders/{id}", "/api/orders/{id}/history", "/api/customers",
          "/api/customers/bulk", "/api/products", "/api/inventory",
              "/api/inventory/{id}/adjustments",
          "/api/inventory/settings", "/api/audit"
        }) {
      org.junit.jupiter.api.Assertions.assertTrue(
          doc.contains("\"" + path + "\""), path + " missing");
    }
    org.junit.jupiter.api.Assertions.assertTrue(doc.contains("sale-58120"), "examples missing");
  }

  @Test
  void prometheusMetricsAreServed() {
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("process_start_time_seconds"));
  }
}
