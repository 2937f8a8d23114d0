package com.bolloprint.gateway.revocation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SseParserTest {

  @Test
  void parsesEventsSplitAcrossChunksAndSkipsComments() {
    List<SseParser.Event> events = new ArrayList<>();
    SseParser parser = new SseParser(events::add);
    parser.feed(
        Buffer.buffer("event: ready\r\nid: 7\r\ndata: {}\r\n\r\n: keepalive\n\nevent: revo"));
    parser.feed(Buffer.buffer("cation\nid: 8\ndata: {\"id\":8}\n"));
    assertEquals(1, events.size());
    parser.feed(Buffer.buffer("\n"));
    assertEquals(2, events.size());
    assertEquals(new SseParser.Event("ready", "7", "{}"), events.get(0));
    assertEquals(new SseParser.Event("revocation", "8", "{\"id\":8}"), events.get(1));
  }
}
