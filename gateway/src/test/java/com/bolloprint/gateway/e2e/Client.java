package com.bolloprint.gateway.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** A client of one gateway: an integration with a key, or a person with a session cookie. */
final class Client {

  private final String baseUrl;
  private final String apiKey;
  private final String session;

  private Client(String baseUrl, String apiKey, String session) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
    this.session = session;
  }

  static Client anonymous(String baseUrl) {
    return new Client(baseUrl, null, null);
  }

  Client withKey(String key) {
    return new Client(baseUrl, key, null);
  }

  Client withSession(String cookie) {
    return new Client(baseUrl, null, cookie);
  }

  RequestSpecification request() {
    RequestSpecification spec = given().baseUri(baseUrl).contentType("application/json");
    if (apiKey != null) {
      spec = spec.header("Authorization", "Bearer " + apiKey);
    }
    if (session != null) {
      spec = spec.header("Cookie", "bp_session=" + session).header("X-Requested-With", "e2e");
    }
    return spec;
  }

  Response get(String path) {
    return request().get(path);
  }

  Response post(String path, Object body) {
    return request().body(body).post(path);
  }

  Response delete(String path) {
    return request().delete(path);
  }

  /** Signs up a fresh workshop and logs its owner in; returns the owner's session client. */
  static Owner signUpOwner(String baseUrl) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String email = "owner-" + suffix + "@example.com";
    String password = "correct horse battery staple";
    Response signup =
        Client.anonymous(baseUrl)
            .post(
                "/auth/signup",
                Map.of(
                    "workshopName",
                    "Acme Print " + suffix,
                    "email",
                    email,
                    "name",
                    "Olga Owner",
                    "password",
                    password));
    signup.then().statusCode(201);
    String slug = signup.jsonPath().getString("workshop.slug");
    String workshopId = signup.jsonPath().getString("workshop.id");
    Response login =
        Client.anonymous(baseUrl)
            .post("/auth/login", Map.of("workshop", slug, "email", email, "password", password));
    login.then().statusCode(200);
    String cookie = login.getCookie("bp_session");
    return new Owner(Client.anonymous(baseUrl).withSession(cookie), workshopId, cookie);
  }

  /** Creates a token as the owner; returns {id, key}. */
  static Token createToken(Client owner, String name, String role, String expiresIn) {
    Response created =
        owner.post("/api/tokens", Map.of("name", name, "role", role, "expiresIn", expiresIn));
    created.then().statusCode(201);
    return new Token(created.jsonPath().getString("id"), created.jsonPath().getString("token"));
  }

  record Owner(Client client, String workshopId, String cookie) {}

  record Token(String id, String key) {}
}
