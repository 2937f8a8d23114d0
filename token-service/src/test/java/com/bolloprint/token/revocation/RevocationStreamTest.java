package com.bolloprint.token.revocation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.token.support.Workshops;
import com.bolloprint.token.support.Workshops.Fixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevocationStreamTest {
  @TestHTTPResource("/internal/events")
  URL events;

  @Test
  void aDeactivationReachesASubscribedGatewayAtOnce() throws Exception {
    Fixture shop = Workshops.create();
    String id = shop.createToken("Streamed", "worker", "1w").path("id");
    try (Stream stream = Stream.open(events, null)) {
      stream.awaitLine(l -> l.equals("event:ready") || l.equals("event: ready"), 5);
      given()
          .auth()
          .oauth2(shop.ownerJwt())
          .post("/api/tokens/" + id + "/deactivate")
          .then()
          .statusCode(200);
      String data = stream.awaitLine(l -> l.contains("token:" + id), 5);
      assertTrue(data.contains("\"type\":\"token.deactivated\""), data);
      assertTrue(data.contains("\"tenant\":\"" + shop.workshopId() + "\""), data);
    }
  }

  @Test
  void aReconnectingGatewayGetsWhatItMissed() throws Exception {
    Fixture shop = Workshops.create();
    String id = shop.createToken("Missed", "worker", "1w").path("id");
    String head;
    try (Stream stream = Stream.open(events, null)) {
      head = stream.awaitLine(l -> l.startsWith("id:"), 5).substring(3).strip();
    }
    given()
        .auth()
        .oauth2(shop.ownerJwt())
        .post("/api/tokens/" + id + "/deactivate")
        .then()
        .statusCode(200);
    try (Stream stream = Stream.open(events, head)) {
      String data = stream.awaitLine(l -> l.contains("token:" + id), 5);
      assertTrue(data.contains("token.deactivated"), data);
    }
  }

  @Test
  void onlyTheGatewayMaySubscribe() {
    given().get("/internal/events").then().statusCode(401).contentType("application/problem+json");
  }

  /** A minimal SSE reader over a plain HTTP connection. */
  record Stream(HttpURLConnection connection, BlockingQueue<String> lines, Thread reader)
      implements AutoCloseable {
    static Stream open(URL url, String lastEventId) throws Exception {
      HttpURLConnection c = (HttpURLConnection) url.openConnection();
      c.setRequestProperty(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString("gateway:dev-internal-secret".getBytes(StandardCharsets.UTF_8)));
      c.setRequestProperty("Accept", "text/event-stream");
      if (lastEventId != null) {
        c.setRequestProperty("Last-Event-ID", lastEventId);
      }
      c.setReadTimeout(20_000);
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      BufferedReader in =
          new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
      Thread reader =
          new Thread(
              () -> {
                try {
                  for (String line; (line = in.readLine()) != null; ) {
                    lines.add(line);
                  }
                } catch (Exception ignored) {
                  // closed
                }
              });
      reader.setDaemon(true);
      reader.start();
      return new Stream(c, lines, reader);
    }

    String awaitLine(java.util.function.Predicate<String> match, int seconds) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < deadline) {
        String line = lines.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && match.test(line)) {
          return line;
        }
      }
      throw new AssertionError("no matching line within " + seconds + " s");
    }

    @Override
    public void close() {
      connection.disconnect();
      reader.interrupt();
    }
  }
}
