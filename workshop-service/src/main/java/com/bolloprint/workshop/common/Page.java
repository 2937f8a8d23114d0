package com.bolloprint.workshop.common;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code nextCursor} is the position after the last item and is null only when
 * the page is empty: a poller keeps the last non-null cursor and asks again later.
 */
public record Page<T>(List<T> items, String nextCursor, boolean hasMore) {

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), nextCursor, hasMore);
  }
}
