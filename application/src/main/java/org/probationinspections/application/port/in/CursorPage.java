package org.probationinspections.application.port.in;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * One page of a list read a page at a time: the items and, unless this is the last page, the cursor
 * that reads the next one. A cursor is opaque to callers; each list decides what it holds.
 */
public record CursorPage<T>(List<T> items, Optional<String> next) {

  public CursorPage {
    items = List.copyOf(items);
    Require.present("next", next);
  }

  /** Which page to read: after the cursor (the first page without one), at most limit items. */
  public record Request(Optional<String> cursor, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public Request {
      Require.present("cursor", cursor);
      if (limit < 1 || limit > MAX_LIMIT) {
        throw new InvalidValueException(
            "limit", "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
      }
    }

    public static Request first(int limit) {
      return new Request(Optional.empty(), limit);
    }
  }

  /** A cursor's text made opaque: the fields joined and encoded. */
  public static String encode(String... fields) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(String.join("\n", fields).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The fields of a cursor made by {@link #encode}; a cursor that was not, or has another number of
   * fields, is refused as an invalid {@code cursor}.
   */
  public static List<String> decode(String cursor, int fields) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      List<String> parts = List.of(text.split("\n", -1));
      if (parts.size() != fields) {
        throw new IllegalArgumentException("fields");
      }
      return parts;
    } catch (IllegalArgumentException e) {
      throw invalidCursor();
    }
  }

  /**
   * The key a cursor made by {@link #encode} stands for: its fields, as {@link #decode} reads them,
   * made into a key by {@code key}; fields that {@code key} cannot read refuse the cursor as
   * invalid.
   */
  public static <K> K decode(String cursor, int fields, Function<List<String>, K> key) {
    List<String> parts = decode(cursor, fields);
    try {
      return key.apply(parts);
    } catch (RuntimeException e) {
      throw invalidCursor();
    }
  }

  /**
   * A cursor holding a place in a ranked list (a search's hits), which has no stable key to read
   * after: the next page starts at that place.
   */
  public static String atOffset(int offset) {
    return encode(Integer.toString(offset));
  }

  /**
   * A page of a list already in memory and in order (a short list, such as the PDUs), read by its
   * place: the cursor of the next page is where it starts.
   */
  public static <T> CursorPage<T> slice(List<T> all, Request page) {
    int from = Math.min(page.cursor().map(CursorPage::offset).orElse(0), all.size());
    int to = (int) Math.min((long) from + page.limit(), all.size());
    return new CursorPage<>(
        all.subList(from, to), to < all.size() ? Optional.of(atOffset(to)) : Optional.empty());
  }

  /** The place a cursor made by {@link #atOffset} holds; any other cursor is refused. */
  public static int offset(String cursor) {
    return decode(
        cursor,
        1,
        fields -> {
          int offset = Integer.parseInt(fields.get(0));
          if (offset < 0) {
            throw new NumberFormatException("a place is never negative");
          }
          return offset;
        });
  }

  /** The refusal of a cursor that no page gave. */
  public static InvalidValueException invalidCursor() {
    return new InvalidValueException("cursor", "cursor is not one a page of this list gave");
  }
}
