package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.NextPage;
import org.probationinspections.web.Params;

/**
 * The paging of an API list: {@code limit} (1 to 500, 50 if absent) and {@code cursor} (opaque,
 * from the previous page's {@code next}) in; {@code {"items": [...], "next": "..."}} out, with
 * {@code next} the link to the following page, absent on the last.
 */
final class Paging {

  private Paging() {}

  /** One page of a list as the API answers it. */
  record Listing<T>(List<T> items, Optional<String> next) {}

  /** Reads the page asked for, runs the read and answers the page; a bad limit or cursor is 400. */
  static <T> void answer(Context ctx, Function<CursorPage.Request, CursorPage<T>> read) {
    CursorPage<T> page = read(ctx, read);
    ctx.json(listing(ctx, page));
  }

  /** Runs the read of the page asked for; a bad limit or cursor is 400. */
  static <R> R read(Context ctx, Function<CursorPage.Request, R> read) {
    CursorPage.Request request = request(ctx);
    try {
      return read.apply(request);
    } catch (InvalidValueException e) {
      if ("cursor".equals(e.field())) {
        throw new BadRequestException("cursor", e.getMessage());
      }
      throw e;
    }
  }

  /** A page as the API answers it, {@code next} a link. */
  static <T> Listing<T> listing(Context ctx, CursorPage<T> page) {
    return new Listing<>(page.items(), page.next().map(cursor -> NextPage.link(ctx, cursor)));
  }

  /**
   * A slice by place: {@code offset} (0 if absent) and {@code limit} (1 to 500, 50 if absent), for
   * the lists answered with their total.
   */
  static Page.Request offsetRequest(Context ctx) {
    int offset = Params.queryInt(ctx, "offset").orElse(0);
    if (offset < 0) {
      throw new BadRequestException("offset", "offset must not be negative, was " + offset);
    }
    return new Page.Request(offset, limit(ctx));
  }

  private static int limit(Context ctx) {
    int limit = Params.queryInt(ctx, "limit").orElse(CursorPage.Request.DEFAULT_LIMIT);
    if (limit < 1 || limit > CursorPage.Request.MAX_LIMIT) {
      throw new BadRequestException(
          "limit",
          "limit must be between 1 and " + CursorPage.Request.MAX_LIMIT + ", was " + limit);
    }
    return limit;
  }

  static CursorPage.Request request(Context ctx) {
    return new CursorPage.Request(Params.query(ctx, "cursor"), limit(ctx));
  }
}
