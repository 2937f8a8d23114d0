package com.bolloprint.token.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.token.common.Secrets;
import com.bolloprint.token.support.Db;
import com.bolloprint.token.support.Introspect;
import com.bolloprint.token.support.Workshops;
import com.bolloprint.token.support.Workshops.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthResourceTest {

  @Test
  void signUpCreatesAWorkshopWithItsOwnerAndSignsThemIn() {
    Fixture shop = Workshops.create();
    assertTrue(shop.slug().startsWith("print-shop-"), shop.slug());
    assertEquals("owner", Db.value("select role from member where id = ?", shop.ownerId()));
    assertEquals(
        shop.workshopId(), Db.value("select workshop_id from member where id = ?", shop.ownerId()));
    assertNotNull(shop.session());
    assertEquals(
        1L,
        Db.value(
            "select count(*) from session where secret_hash = ?",
            Secrets.sha256Hex(shop.session())));
    Introspect.call(shop.session())
        .then()
        .body("active", equalTo(true))
        .body("token_type", equalTo("session"))
        .body("sub", equalTo("user:" + shop.ownerId()))
        .body("role", equalTo("owner"));
  }

  @Test
  void signUpInputIsCheckedFieldByField() {
    given()
        .contentType(ContentType.JSON)
        .body(Map.of("workshopName", "", "email", "x", "name", "N", "password", "short"))
        .post("/auth/signup")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", hasItems("workshopName", "email", "password"));
  }

  @Test
  void loginSetsAStrictHttpOnlySecureCookieStoredOnlyAsAHash() {
    Fixture shop = Workshops.create();
    Response login = login(shop.slug(), shop.ownerEmail(), Workshops.PASSWORD, "10.0.0.1");
    login.then().statusCode(200).body("member.id", equalTo(shop.ownerId().toString()));
    String header = login.getHeader("Set-Cookie");
    assertTrue(header.contains("bp_session=bp_ses_"), header);
    assertTrue(header.contains("HttpOnly"), header);
    assertTrue(header.contains("Secure"), header);
    assertTrue(header.contains("SameSite=Strict"), header);
    String session = login.cookie("bp_session");
    assertEquals(
        1L,
        Db.value("select count(*) from session where secret_hash = ?", Secrets.sha256Hex(session)));
    assertFalse(login.asString().contains(session), "the session id is only in the cookie");
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
    Fixture shop = Workshops.create();
    String ip = randomIp();
    Response wrongPassword = login(shop.slug(), shop.ownerEmail(), "not the password", ip);
    Response unknownEmail = login(shop.slug(), "nobody@example.com", "not the password", ip);
    Response unknownWorkshop = login("no-such-workshop", shop.ownerEmail(), "not the password", ip);
    for (Response r : new Response[] {wrongPassword, unknownEmail, unknownWorkshop}) {
      r.then().statusCode(401).contentType("application/problem+json");
      assertEquals(wrongPassword.asString(), r.asString());
      assertEquals(null, r.getHeader("Set-Cookie"));
    }
  }

  @Test
  void repeatedFailedLoginsLockTheAccountForAWhile() {
    Fixture shop = Workshops.create();
    for (int i = 0; i < 5; i++) {
      login(shop.slug(), shop.ownerEmail(), "wrong password " + i, randomIp())
          .then()
          .statusCode(401);
    }
    Response locked = login(shop.slug(), shop.ownerEmail(), Workshops.PASSWORD, randomIp());
    locked.then().statusCode(429).contentType("application/problem+json");
    int retryAfter = Integer.parseInt(locked.getHeader("Retry-After"));
    assertTrue(retryAfter > 0 && retryAfter <= 301, "Retry-After " + retryAfter);

    Db.update(
        "update login_throttle set locked_until = now() - interval '1 second' where key_hash = ?",
        LoginThrottle.accountKey(shop.slug(), shop.ownerEmail()));
    login(shop.slug(), shop.ownerEmail(), Workshops.PASSWORD, randomIp()).then().statusCode(200);
    assertEquals(
        0L,
        Db.value(
            "select count(*) from login_throttle where key_hash = ?",
            LoginThrottle.accountKey(shop.slug(), shop.ownerEmail())));
  }

  @Test
  void aClientThatFailsTooOftenIsRefusedWhateverTheAccount() {
    Fixture shop = Workshops.create();
    String ip = randomIp();
    for (int i = 0; i < 20; i++) {
      login(shop.slug(), "guess" + i + "@example.com", "wrong password", ip).then().statusCode(401);
    }
    login(shop.slug(), shop.ownerEmail(), Workshops.PASSWORD, ip)
        .then()
        .statusCode(429)
        .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    login(shop.slug(), shop.ownerEmail(), Workshops.PASSWORD, randomIp()).then().statusCode(200);
  }

  @Test
  void logoutEndsTheSessionAtOnce() {
    Fixture shop = Workshops.create();
    Introspect.call(shop.session()).then().body("active", equalTo(true));
    given()
        .cookie("bp_session", shop.session())
        .post("/auth/logout")
        .then()
        .statusCode(204)
        .header("Set-Cookie", containsString("Max-Age=0"));
    Introspect.call(shop.session()).then().statusCode(200).body(equalTo("{\"active\":false}"));
    assertEquals(
        0L,
        Db.value(
            "select count(*) from session where secret_hash = ?",
            Secrets.sha256Hex(shop.session())));
    assertEquals(
        1L,
        Db.value(
            "select count(*) from revocation_event where type = 'session.ended' and sub = ?",
            "user:" + shop.ownerId()));
    given().cookie("bp_session", "garbage").post("/auth/logout").then().statusCode(204);
  }

  @Test
  void removingAMemberEndsTheirSessions() {
    Fixture shop = Workshops.create();
    UUID worker = shop.addMember("worker");
    String email = (String) Db.value("select email from member where id = ?", worker);
    String session = login(shop.slug(), email, Workshops.PASSWORD, randomIp()).cookie("bp_session");
    Introspect.call(session).then().body("active", equalTo(true)).body("role", equalTo("worker"));
    given().auth().oauth2(shop.ownerJwt()).delete("/api/members/" + worker).then().statusCode(204);
    Introspect.call(session).then().body(equalTo("{\"active\":false}"));
  }

  @Test
  void meSaysWhoIsSignedIn() {
    Fixture shop = Workshops.create();
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .get("/auth/me")
        .then()
        .statusCode(200)
        .body("member.email", equalTo(shop.ownerEmail()))
        .body("workshop.slug", equalTo(shop.slug()));
    given().auth().oauth2(shop.tokenJwt("admin")).get("/auth/me").then().statusCode(403);
    given().get("/auth/me").then().statusCode(401);
  }

  static Response login(String workshop, String email, String password, String ip) {
    return given()
        .header("X-Forwarded-For", ip)
        .contentType(ContentType.JSON)
        .body(Map.of("workshop", workshop, "email", email, "password", password))
        .post("/auth/login");
  }

  static String randomIp() {
    var r = java.util.concurrent.ThreadLocalRandom.current();
    return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
  }
}
