package org.probationinspections.application.port.in;

import java.util.List;
import org.probationinspections.domain.common.Require;

/** One page of a longer list: the items, where the page starts, and how many there are. */
public record Page<T>(List<T> items, int offset, int limit, int total) {

  public Page {
    items = List.copyOf(items);
  }

  /** Which slice of a list to return. */
  public record Request(int offset, int limit) {
    public static final int MAX_LIMIT = 500;
    public static final Request FIRST = new Request(0, 50);
    public static final Request ALL = new Request(0, Integer.MAX_VALUE);

    public Request {
      if (offset < 0) {
        throw new org.probationinspections.domain.common.InvalidValueException(
            "offset", "must not be negative, was " + offset);
      }
      Require.positive("limit", limit);
    }

    public <T> Page<T> of(List<T> all) {
      int from = Math.min(offset, all.size());
      int to = (int) Math.min((long) from + limit, all.size());
      return new Page<>(all.subList(from, to), offset, limit, all.size());
    }
  }
}
