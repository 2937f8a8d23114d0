package com.bolloprint.token.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndDocsTest {
  @Test
  void readinessCoversTheDatabase() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("PostgreSQL")));
  }

  @Test
  void theOpenApiDocumentListsThePublicRoutes() {
    given()
        .get("/q/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/tokens/{id}/deactivate"))
        .body(containsString("/auth/login"))
        .body(containsString("/api/members/{id}"));
  }

  @Test
  void anUnknownRouteIsAProblem() {
    given().get("/nothing-here").then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void anOversizedBodyIsA413Problem() {
    given()
        .contentType("application/json")
        .body("{\"workshopName\": \"" + "x".repeat(70_000) + "\"}")
        .post("/auth/signup")
        .then()
        .statusCode(413)
        .contentType("application/problem+json");
  }

  @Test
  void aFailureDroppedAfterCancellationIsOneLineWithoutDetails() throws Exception {
    io.smallrye.mutiny.infrastructure.Infrastructure.handleDroppedException(
        new IllegalStateException("select secret_hash from api_token"));
    String log =
        java.nio.file.Files.readString(java.nio.file.Path.of("target/token-service-test.log"));
    org.junit.jupiter.api.Assertions.assertTrue(
        log.contains("Dropped a failure after its request was cancelled: IllegalStateException"));
    org.junit.jupiter.api.Assertions.assertFalse(log.contains("select secret_hash from api_token"));
  }
}
