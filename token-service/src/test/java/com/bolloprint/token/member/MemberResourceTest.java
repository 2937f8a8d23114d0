package com.bolloprint.token.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.token.support.Db;
import com.bolloprint.token.support.Workshops;
import com.bolloprint.token.support.Workshops.Fixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MemberResourceTest {

  @Test
  void anOwnerAddsMembersWhosePasswordsAreStoredOnlyAsSaltedHashes() {
    Fixture shop = Workshops.create();
    UUID worker = shop.addMember("worker");
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .get("/api/members")
        .then()
        .statusCode(200)
        .body("items", hasSize(2))
        .body("items.role", hasItems("owner", "worker"));
    String hash = (String) Db.value("select password_hash from member where id = ?", worker);
    assertTrue(hash.startsWith("$2"), "bcrypt modular crypt format");
    assertTrue(!hash.contains(Workshops.PASSWORD));
  }

  @Test
  void emailsAreUniquePerWorkshopIgnoringCase() {
    Fixture shop = Workshops.create();
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "email",
                shop.ownerEmail().toUpperCase(),
                "name",
                "Twin",
                "role",
                "worker",
                "password",
                Workshops.PASSWORD))
        .post("/api/members")
        .then()
        .statusCode(409)
        .contentType("application/problem+json");
    assertEquals(
        1L, Db.value("select count(*) from member where workshop_id = ?", shop.workshopId()));
  }

  @Test
  void badMemberInputNamesEachField() {
    Fixture shop = Workshops.create();
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .contentType(ContentType.JSON)
        .body(Map.of("email", "nope", "name", "", "role", "boss", "password", "short"))
        .post("/api/members")
        .then()
        .statusCode(400)
        .body("errors.field", hasItems("email", "name", "role", "password"))
        .body(
            "errors.find { it.field == 'role' }.message",
            containsString("owner, admin, worker, readonly"));
  }

  @Test
  void adminsManageMembersWhoAreNotOwners() {
    Fixture shop = Workshops.create();
    UUID admin = shop.addMember("admin");
    String adminJwt = shop.jwt(admin, "admin");
    UUID worker = shop.addMember("worker");
    patch(adminJwt, worker, Map.of("role", "readonly"))
        .then()
        .statusCode(200)
        .body("role", equalTo("readonly"));
    patch(adminJwt, shop.ownerId(), Map.of("role", "worker")).then().statusCode(403);
    patch(adminJwt, worker, Map.of("role", "owner")).then().statusCode(403);
    given().auth().oauth2(adminJwt).delete("/api/members/" + shop.ownerId()).then().statusCode(403);
    assertEquals("owner", Db.value("select role from member where id = ?", shop.ownerId()));
    assertEquals("readonly", Db.value("select role from member where id = ?", worker));
    given().auth().oauth2(adminJwt).delete("/api/members/" + worker).then().statusCode(204);
    assertEquals(0L, Db.value("select count(*) from member where id = ?", worker));
    assertEquals(
        1L,
        Db.value(
            "select count(*) from revocation_event where sub = ? and type = 'member.removed'",
            "user:" + worker));
  }

  @Test
  void theLastOwnerCanBeNeitherRemovedNorDemoted() {
    Fixture shop = Workshops.create();
    patch(shop.ownerJwt(), shop.ownerId(), Map.of("role", "admin"))
        .then()
        .statusCode(409)
        .body("detail", containsString("last Owner"));
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .delete("/api/members/" + shop.ownerId())
        .then()
        .statusCode(409);
    assertEquals("owner", Db.value("select role from member where id = ?", shop.ownerId()));

    UUID second = shop.addMember("owner");
    patch(shop.ownerJwt(), shop.ownerId(), Map.of("role", "admin")).then().statusCode(200);
    assertEquals("admin", Db.value("select role from member where id = ?", shop.ownerId()));
    given()
        .auth()
        .oauth2(shop.jwt(second, "owner"))
        .delete("/api/members/" + second)
        .then()
        .statusCode(409);
    assertEquals(
        1L,
        Db.value(
            "select count(*) from revocation_event where sub = ? and type = 'member.role_changed'",
            "user:" + shop.ownerId()));
  }

  @Test
  void twoOwnersDemotingEachOtherAtOnceLeaveOneOwner() throws Exception {
    Fixture shop = Workshops.create();
    UUID second = shop.addMember("owner");
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    var a = pool.submit(() -> patch(shop.ownerJwt(), second, Map.of("role", "admin")).statusCode());
    var b =
        pool.submit(
            () ->
                patch(shop.jwt(second, "owner"), shop.ownerId(), Map.of("role", "admin"))
                    .statusCode());
    int first = a.get();
    int other = b.get();
    pool.shutdown();
    assertEquals(1, (first == 200 ? 1 : 0) + (other == 200 ? 1 : 0), first + " / " + other);
    assertEquals(
        1L,
        Db.value(
            "select count(*) from member where workshop_id = ? and role = 'owner'",
            shop.workshopId()));
  }

  @Test
  void anotherWorkshopsMemberIsNotFound() {
    Fixture mine = Workshops.create();
    Fixture theirs = Workshops.create();
    UUID worker = theirs.addMember("worker");
    patch(mine.ownerJwt(), worker, Map.of("role", "admin")).then().statusCode(404);
    given().auth().oauth2(mine.ownerJwt()).delete("/api/members/" + worker).then().statusCode(404);
    assertEquals("worker", Db.value("select role from member where id = ?", worker));
  }

  private static io.restassured.response.Response patch(
      String jwt, UUID id, Map<String, Object> body) {
    return given()
        .auth()
        .oauth2(jwt)
        .contentType(ContentType.JSON)
        .body(body)
        .patch("/api/members/" + id);
  }
}
