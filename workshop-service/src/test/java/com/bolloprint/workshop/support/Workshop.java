package com.bolloprint.workshop.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh workshop (random tenant) per test, and callers acting in it: an API token or a person
 * with a given role.
 */
public final class Workshop {

  public final UUID id = UUID.randomUUID();

  public static Workshop create() {
    return new Workshop();
  }

  public Caller token(String role, String name) {
    return new Caller(this, role, "api_token", UUID.randomUUID(), name);
  }

  public Caller token(String role) {
    return token(role, "Make — web orders");
  }

  public Caller person(String role, String name) {
    return new Caller(this, role, "user", UUID.randomUUID(), name);
  }

  public Caller admin() {
    return person("admin", "Ada Admin");
  }

  /** Someone acting in the workshop. */
  public record Caller(Workshop workshop, String role, String type, UUID actorId, String name) {

    public String jwt() {
      return TestJwt.sign(TestJwt.claims(workshop.id, role, type, actorId, name));
    }

    public RequestSpecification request() {
      return given().header("Authorization", "Bearer " + jwt()).contentType(ContentType.JSON);
    }

    public String subject() {
      return ("api_token".equals(type) ? "token:" : "user:") + actorId;
    }
  }

  /** Creates a product through the API and returns its id. */
  public String product(String sku, String price) {
    return admin()
        .request()
        .body(Map.of("sku", sku, "name", "Product " + sku, "unitPrice", price, "currency", "EUR"))
        .post("/api/products")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** Creates a customer as the admin and returns its id. */
  public String customer(String name) {
    return customer(admin(), name);
  }

  /** Creates a customer as {@code caller} and returns its id. */
  public static String customer(Caller caller, String name) {
    return caller
        .request()
        .body(Map.of("name", name))
        .post("/api/customers")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }
}
