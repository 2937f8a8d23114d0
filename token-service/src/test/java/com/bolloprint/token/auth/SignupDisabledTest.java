package com.bolloprint.token.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.bolloprint.token.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SignupDisabledTest.Disabled.class)
class SignupDisabledTest {
  public static class Disabled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("bolloprint.signup.enabled", "false");
    }
  }

  @Test
  void signUpCanBeTurnedOff() {
    long before = (Long) Db.value("select count(*) from workshop");
    given()
        .contentType(ContentType.JSON)
        .body(
            Map.of(
                "workshopName", "Closed Shop",
                "email", "closed@example.com",
                "name", "Nobody",
                "password", "a long passphrase"))
        .post("/auth/signup")
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    assertEquals(before, Db.value("select count(*) from workshop"));
  }
}
