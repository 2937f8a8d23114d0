package com.bolloprint.token.revocation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.bolloprint.token.support.Workshops;
import com.bolloprint.token.support.Workshops.Fixture;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
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

  /** A minimal SSE reader on the JDK's HTTP client; closing it cancels the request. */
  record Stream(java.util.stream.Stream<String> body, BlockingQueue<String> lines)
      implements AutoCloseable {
    static Stream open(URL url, String lastEventId) throws Exception {
      var request =
          java.net.http.HttpRequest.newBuilder(url.toURI())
              .header(
                  "Authorization",
                  "Basic "
                      + Base64.getEncoder()
                          .encodeToString(
                              "gateway:dev-internal-secret".getBytes(StandardCharsets.UTF_8)))
              .header("Accept", "text/event-stream");
      if (lastEventId != null) {
        request.header("Last-Event-ID", lastEventId);
      }
      var body =
          java.net.http.HttpClient.newHttpClient()
              .send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofLines())
              .body();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader =
          new Thread(
              () -> {
                try {
                  body.forEach(lines::add);
                } catch (RuntimeException closed) {
                  // the test closed the stream
                }
              });
      reader.setDaemon(true);
      reader.start();
      return new Stream(body, lines);
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
      body.close();
    }
  }
}
