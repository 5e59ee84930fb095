package org.probationinspections.web;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.config.Key;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders a template straight to UTF-8 bytes: the templates' fixed text is stored encoded
 * (binaryStaticContent) and only the values are encoded, instead of the whole page being built as a
 * string (which one character outside Latin-1 turns into two bytes a character) and encoded again.
 * A page is rendered whole before any of it is sent, so a template that fails sends nothing.
 */
public final class Html {

  /** The template engine, as the application keeps it for its handlers. */
  public static final Key<TemplateEngine> TEMPLATES = new Key<>("templates");

  private Html() {}

  /** Answers with the template {@code path} (e.g. {@code pages/league.jte}) given {@code model}. */
  public static void render(Context ctx, String path, Map<String, Object> model) {
    Utf8ByteOutput page = new Utf8ByteOutput();
    ctx.appData(TEMPLATES).render(path, model, page);
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(page.toByteArray());
  }

  /** A template that takes no parameter. */
  public static void render(Context ctx, String path) {
    render(ctx, path, Map.of());
  }
}
