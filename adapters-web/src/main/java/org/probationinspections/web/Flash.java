package org.probationinspections.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A one-time message for the page a form's redirect leads to ("Action 1.2 updated"): kept in a
 * short-lived cookie, so that it reaches whichever server answers the redirect, and shown once by
 * the layout.
 */
public final class Flash {

  static final String COOKIE = "inspections_flash";
  private static final int MAX_LENGTH = 300;
  private static final ThreadLocal<Context> CURRENT = new ThreadLocal<>();

  private Flash() {}

  static void register(Javalin app) {
    app.before(CURRENT::set);
    app.after(ctx -> CURRENT.remove());
  }

  /** Leaves {@code message} for the next page the browser is shown. */
  public static void leave(Context ctx, String message) {
    String text = message.length() > MAX_LENGTH ? message.substring(0, MAX_LENGTH) : message;
    ctx.cookie(
        new Cookie(
            COOKIE,
            URLEncoder.encode(text, StandardCharsets.UTF_8),
            "/",
            60,
            "https".equalsIgnoreCase(ctx.scheme()),
            0,
            true,
            null,
            null,
            SameSite.STRICT));
  }

  /** The message left for this page, taken (it is not shown again); empty when there is none. */
  public static Optional<String> take() {
    Context ctx = CURRENT.get();
    if (ctx == null) {
      return Optional.empty();
    }
    String value = ctx.cookie(COOKIE);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    ctx.removeCookie(COOKIE, "/");
    String text = URLDecoder.decode(value, StandardCharsets.UTF_8).strip();
    return text.isEmpty()
        ? Optional.empty()
        : Optional.of(text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text);
  }
}
