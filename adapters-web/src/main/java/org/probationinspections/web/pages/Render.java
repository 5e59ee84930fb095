package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.Map;
import org.probationinspections.web.Html;

/** Renders a page's template with its model. */
final class Render {

  private Render() {}

  /** {@code pages/NAME.jte}, given the model as {@code page}. */
  static void page(Context ctx, String name, Object model) {
    Html.render(ctx, "pages/" + name + ".jte", Map.of("page", model));
  }

  /** {@code pages/forms/NAME.jte}, a page of one form, given the model as {@code page}. */
  static void form(Context ctx, String name, Object model) {
    Html.render(ctx, "pages/forms/" + name + ".jte", Map.of("page", model));
  }
}
