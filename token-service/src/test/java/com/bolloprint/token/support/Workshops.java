package com.bolloprint.token.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Each test signs up a workshop of its own, through the real API. */
public final class Workshops {
  public static final String PASSWORD = "correct horse battery";

  private Workshops() {}

  /** A fresh workshop and its Owner. */
  public record Fixture(
      UUID workshopId, String slug, UUID ownerId, String ownerEmail, String session) {
    public String ownerJwt() {
      return TestJwt.person(workshopId, ownerId, "owner", "Olga Owner");
    }

    public String jwt(UUID memberId, String role) {
      return TestJwt.person(workshopId, memberId, role, "Someone " + role);
    }

    public String tokenJwt(String role) {
      return TestJwt.apiToken(workshopId, UUID.randomUUID(), role, "Make — web orders");
    }

    /** Adds a member with this role; returns their id. */
    public UUID addMember(String role) {
      String email = role + "-" + UUID.randomUUID() + "@example.com";
      return UUID.fromString(
          given()
              .auth()
              .oauth2(ownerJwt())
              .contentType(ContentType.JSON)
              .body(
                  Map.of(
                      "email", email, "name", "Member " + role, "role", role, "password", PASSWORD))
              .post("/api/members")
              .then()
              .statusCode(201)
              .extract()
              .path("id"));
    }

    /** Creates a token as the Owner; returns the whole 201 answer. */
    public Response createToken(String name, String role, String expiresIn) {
      return given()
          .auth()
          .oauth2(ownerJwt())
          .contentType(ContentType.JSON)
          .body(Map.of("name", name, "role", role, "expiresIn", expiresIn))
          .post("/api/tokens");
    }
  }

  public static Fixture create() {
    String email = "owner-" + UUID.randomUUID() + "@example.com";
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body(
                Map.of(
                    "workshopName",
                    "Print Shop " + UUID.randomUUID().toString().substring(0, 8),
                    "email",
                    email,
                    "name",
                    "Olga Owner",
                    "password",
                    PASSWORD))
            .post("/auth/signup");
    response.then().statusCode(201);
    return new Fixture(
        UUID.fromString(response.path("workshop.id")),
        response.path("workshop.slug"),
        UUID.fromString(response.path("member.id")),
        email,
        response.cookie("bp_session"));
  }
}
