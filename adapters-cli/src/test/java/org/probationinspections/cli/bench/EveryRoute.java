package org.probationinspections.cli.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.cli.testing.RouteTable;

/**
 * Every GET route of the route table, asked as a person would ask it (the ids of records in the
 * dataset in its path, the parameters a page needs), once to see its status and size, then loaded
 * if it answered 200. A route whose path has a parameter this class cannot fill stops the walk: a
 * new route is measured, or the benchmark says why not, never passed over.
 */
final class EveryRoute {

  /** The target of every GET route: p99 within this, at scale 100. */
  static final double P99_TARGET_MILLIS = 100;

  /** The search's own target, stricter than every route's. */
  static final double SEARCH_P99_TARGET_MILLIS = 50;

  /** The p99 a route is held to: the search's own target, or every route's. */
  static double p99TargetMillis(RouteTable.Route route) {
    return route.path().equals("/search") || route.path().equals("/api/search")
        ? SEARCH_P99_TARGET_MILLIS
        : P99_TARGET_MILLIS;
  }

  /** The target of every GET route: no response larger by default. */
  static final long SIZE_TARGET_BYTES = 1_000_000;

  /** One route's figures; no figures when it did not answer 200. */
  record Measured(
      RouteTable.Route route,
      String asked,
      int status,
      long bytes,
      double firstMillis,
      Optional<LoadDriver.Figures> figures) {}

  /** The records a route's path names, taken from the dataset. */
  record Samples(
      String inspection, String pdu, String region, String plan, String review, String standard) {

    static Samples of(String database) throws Exception {
      String url = database.startsWith("jdbc:") ? database : "jdbc:sqlite:" + database;
      try (Connection connection = DriverManager.getConnection(url)) {
        String inspection = middle(connection, "inspections");
        String pdu = one(connection, "SELECT pdu_id FROM inspections WHERE id = ?", inspection);
        String region = one(connection, "SELECT region_id FROM pdus WHERE id = ?", pdu);
        String standard =
            one(
                connection,
                "SELECT code FROM standard_results WHERE inspection_id = ? ORDER BY position",
                inspection);
        return new Samples(
            inspection,
            pdu,
            region,
            middle(connection, "action_plans"),
            middle(connection, "reviews"),
            standard);
      }
    }

    private static String middle(Connection connection, String table) throws Exception {
      int count = Integer.parseInt(one(connection, "SELECT COUNT(*) FROM " + table, null));
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT id FROM " + table + " ORDER BY id LIMIT 1 OFFSET ?")) {
        query.setInt(1, count / 2);
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("the dataset has no " + table);
          }
          return row.getString(1);
        }
      }
    }

    private static String one(Connection connection, String sql, String parameter)
        throws Exception {
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        if (parameter != null) {
          query.setString(1, parameter);
        }
        try (ResultSet row = query.executeQuery()) {
          if (!row.next()) {
            throw new IllegalStateException("nothing for " + sql + " with " + parameter);
          }
          return row.getString(1);
        }
      }
    }
  }

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

  /** A file of the pages' design (GOV.UK Frontend's bold font) for {@code /assets/<path>}. */
  private static final String DESIGN_ASSET = "fonts/bold-b542beb274-v2.woff2";

  /** The route's path with each parameter filled from the samples; refused when one is unknown. */
  static String path(RouteTable.Route route, Samples samples) {
    String[] segments = route.path().split("/");
    StringBuilder path = new StringBuilder();
    for (int i = 1; i < segments.length; i++) {
      path.append('/');
      if (segments[i].equals("<path>") && route.path().startsWith("/assets/")) {
        path.append(DESIGN_ASSET); // the rest of the path, slashes and all
        continue;
      }
      Matcher parameter = PARAMETER.matcher(segments[i]);
      if (!parameter.matches()) {
        path.append(segments[i]);
        continue;
      }
      String name = parameter.group(1);
      String value =
          switch (name) {
            case "id" -> record(route, segments[i - 1], samples);
            case "n", "k" -> "1";
            case "code" -> samples.standard();
            default ->
                throw new IllegalStateException(
                    route + ": the benchmark does not know what to put for {" + name + "}");
          };
      path.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
    return path + query(route.path(), samples);
  }

  private static String record(RouteTable.Route route, String kind, Samples samples) {
    return switch (kind) {
      case "inspections" -> samples.inspection();
      case "pdus" -> samples.pdu();
      case "regions" -> samples.region();
      case "action-plans" -> samples.plan();
      case "reviews" -> samples.review();
      default ->
          throw new IllegalStateException(
              route + ": the benchmark does not know which record of '" + kind + "' to ask for");
    };
  }

  /** What a person asks of the routes that need more than their path. */
  private static String query(String path, Samples samples) {
    Map<String, String> asked =
        Map.of(
            "/search", "q=unpaid%20work",
            "/api/search", "q=unpaid%20work",
            "/suggestions", "region=" + samples.region(),
            "/api/suggestions", "region=" + samples.region(),
            "/history", "type=inspection&id=" + samples.inspection());
    return Optional.ofNullable(asked.get(path)).map(q -> "?" + q).orElse("");
  }

  private final HttpClient client = LoadDriver.client();

  /** Walks the routes of {@code server}: a first request each, then load for those that answer. */
  List<Measured> walk(
      List<RouteTable.Route> routes,
      Samples samples,
      ServerProcess server,
      LoadDriver driver,
      String token,
      int maxRequests,
      Duration warmUp,
      Duration load,
      java.io.PrintStream log)
      throws Exception {
    List<Measured> measured = new ArrayList<>();
    for (RouteTable.Route route : routes) {
      String asked = path(route, samples);
      URI uri = server.uri(asked);
      long sent = System.nanoTime();
      HttpResponse<byte[]> first = once(client, uri, token);
      double firstMillis = (System.nanoTime() - sent) / 1e6;
      Optional<LoadDriver.Figures> figures = Optional.empty();
      if (first.statusCode() == 200) {
        driver.run("warm-up", List.of(uri), maxRequests, warmUp);
        figures = Optional.of(driver.run(route.toString(), List.of(uri), maxRequests, load));
      }
      log.printf(
          Locale.ROOT,
          "%s %s: %d, %d bytes, first %.0f ms%s%n",
          route,
          asked,
          first.statusCode(),
          first.body().length,
          firstMillis,
          figures
              .map(
                  f ->
                      String.format(
                          Locale.ROOT, ", p50 %.1f ms p99 %.1f ms", f.p50Millis(), f.p99Millis()))
              .orElse(""));
      measured.add(
          new Measured(
              route, asked, first.statusCode(), first.body().length, firstMillis, figures));
    }
    return measured;
  }

  /** One request as a signed-in user sends it, allowed two minutes. */
  static HttpResponse<byte[]> once(HttpClient client, URI uri, String token) throws Exception {
    return client.send(
        HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofMinutes(2))
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The verdict of one route against the targets: met, or each miss and by how much. */
  static String verdict(Measured m) {
    List<String> misses = new ArrayList<>();
    if (m.status() >= 500) {
      misses.add("answered " + m.status());
    } else if (m.status() != 200) {
      misses.add("answered " + m.status() + ", not measured");
    }
    if (m.bytes() > SIZE_TARGET_BYTES) {
      misses.add(
          String.format(
              Locale.ROOT, "%.1f× the size limit", m.bytes() / (double) SIZE_TARGET_BYTES));
    }
    double target = p99TargetMillis(m.route());
    m.figures()
        .filter(f -> f.p99Millis() > target)
        .ifPresent(
            f ->
                misses.add(
                    String.format(
                        Locale.ROOT,
                        "p99 %.1f× the target of %.0f ms",
                        f.p99Millis() / target,
                        target)));
    return misses.isEmpty() ? "met" : "missed: " + String.join("; ", misses);
  }
}
