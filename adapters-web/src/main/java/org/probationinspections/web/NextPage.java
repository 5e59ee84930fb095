package org.probationinspections.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Links between the pages of a list: the request's path and parameters, with another cursor. */
public final class NextPage {

  private NextPage() {}

  /** The request with the cursor of the next page in place of its own. */
  public static String link(Context ctx, String cursor) {
    List<String> parameters = parametersBut(ctx, "cursor");
    parameters.add("cursor=" + encode(cursor));
    return ctx.path() + "?" + String.join("&", parameters);
  }

  /** The request without a cursor: the list's first page. */
  public static String first(Context ctx) {
    List<String> parameters = parametersBut(ctx, "cursor");
    return parameters.isEmpty() ? ctx.path() : ctx.path() + "?" + String.join("&", parameters);
  }

  /** The request with {@code cursor} as its parameter {@code name}: one of several lists. */
  public static String link(Context ctx, String name, String cursor) {
    List<String> parameters = parametersBut(ctx, name);
    parameters.add(encode(name) + "=" + encode(cursor));
    return ctx.path() + "?" + String.join("&", parameters);
  }

  /** The request without its parameter {@code name}: that list's first page. */
  public static String first(Context ctx, String name) {
    List<String> parameters = parametersBut(ctx, name);
    return parameters.isEmpty() ? ctx.path() : ctx.path() + "?" + String.join("&", parameters);
  }

  private static List<String> parametersBut(Context ctx, String left) {
    List<String> parameters = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
      if (entry.getKey().equals(left)) {
        continue;
      }
      for (String value : entry.getValue()) {
        parameters.add(encode(entry.getKey()) + "=" + encode(value));
      }
    }
    return parameters;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
