package com.bolloprint.gateway.revocation;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A small server-sent-events parser (the subset token-service sends: {@code event}, {@code id},
 * {@code data}, comments). Feed it bytes; it hands over each complete event.
 */
final class SseParser {

  /** One dispatched event. */
  record Event(String event, String id, String data) {}

  private final Consumer<Event> sink;
  private byte[] pending = new byte[0];
  private String event;
  private String id;
  private StringBuilder data;

  SseParser(Consumer<Event> sink) {
    this.sink = sink;
  }

  void feed(Buffer buffer) {
    byte[] bytes = concat(pending, buffer.getBytes());
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        int end = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
        onLine(new String(bytes, start, end - start, StandardCharsets.UTF_8));
        start = i + 1;
      }
    }
    pending = java.util.Arrays.copyOfRange(bytes, start, bytes.length);
  }

  private void onLine(String text) {
    if (text.isEmpty()) {
      dispatch();
      return;
    }
    if (text.startsWith(":")) {
      return;
    }
    int colon = text.indexOf(':');
    String field = colon < 0 ? text : text.substring(0, colon);
    String value = colon < 0 ? "" : text.substring(colon + 1);
    if (value.startsWith(" ")) {
      value = value.substring(1);
    }
    switch (field) {
      case "event" -> event = value;
      case "id" -> id = value;
      case "data" -> {
        if (data == null) {
          data = new StringBuilder(value);
        } else {
          data.append('\n').append(value);
        }
      }
      default -> {
        // retry and unknown fields are ignored
      }
    }
  }

  private void dispatch() {
    if (event != null || data != null) {
      sink.accept(
          new Event(event == null ? "message" : event, id, data == null ? "" : data.toString()));
    }
    event = null;
    id = null;
    data = null;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    if (a.length == 0) {
      return b;
    }
    byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }
}
