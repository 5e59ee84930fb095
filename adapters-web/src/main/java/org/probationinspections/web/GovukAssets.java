package org.probationinspections.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * GOV.UK Frontend's fonts and images, which its stylesheet asks for under {@code /assets}, served
 * from the webjar, to anyone. (Javalin's static-file handler cannot serve them: the jar lists no
 * entry for their folder.)
 */
final class GovukAssets {

  private static final String ROOT =
      "META-INF/resources/webjars/govuk-frontend/" + WebApp.GOVUK_FRONTEND + "/dist/govuk/assets/";
  private static final Pattern SAFE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.[a-z0-9]+");
  private static final Map<String, String> TYPES =
      Map.of(
          "woff2", "font/woff2",
          "woff", "font/woff",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "json", "application/manifest+json");

  private GovukAssets() {}

  static void register(Routes routes) {
    routes.get("/assets/<path>", GovukAssets::serve);
  }

  private static void serve(Context ctx) {
    String path = ctx.pathParam("path");
    String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1));
    InputStream file =
        SAFE.matcher(path).matches() && type != null
            ? GovukAssets.class.getClassLoader().getResourceAsStream(ROOT + path)
            : null;
    if (file == null) {
      ctx.status(HttpStatus.NOT_FOUND).result("Not found");
      return;
    }
    // The file names carry their version: a browser may keep them a year.
    ctx.header("Cache-Control", "public, max-age=31536000, immutable");
    ctx.contentType(type).result(file);
  }
}
