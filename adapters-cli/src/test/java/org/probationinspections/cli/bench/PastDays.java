package org.probationinspections.cli.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pages of past days ({@code ?asOf=}) as a person meets them: each record's page asked for a day
 * not asked before, so that every request is the first view of that record on that day and is
 * rebuilt from the audit trail; then the dashboard of such a day, which needs every record.
 */
final class PastDays {

  /** The target of a page of a past day, first view. */
  static final double FIRST_VIEW_TARGET_MILLIS = 500;

  /** How many records of each kind are asked, spread over the table. */
  private static final int RECORDS_A_KIND = 50;

  /** The pages of one record of each kind, by the table its ids are taken from. */
  private static final Map<String, String> PAGES =
      new TreeMap<>(
          Map.of(
              "inspections", "/inspections/",
              "reviews", "/reviews/",
              "action_plans", "/action-plans/"));

  /** What the first views of one kind of page took, and what they answered. */
  record Views(String page, int asked, int ok, double p50Millis, double p99Millis) {}

  /** What the dashboard of a past day answered, and in how long. */
  record Whole(int status, double millis, String detail) {}

  private final HttpClient client = LoadDriver.client();

  private final ServerProcess server;
  private final String token;

  PastDays(ServerProcess server, String token) {
    this.server = server;
    this.token = token;
  }

  /**
   * The first views of records' pages of the days before today, one day a record: the trail holds
   * each record's whole history by then, the most a rebuild of it replays.
   */
  List<Views> firstViews(String database) throws Exception {
    List<Views> measured = new ArrayList<>();
    LocalDate day = LocalDate.now().minusDays(2);
    for (var page : PAGES.entrySet()) {
      List<Double> millis = new ArrayList<>();
      int ok = 0;
      List<String> ids = spread(database, page.getKey());
      for (String id : ids) {
        day = day.minusDays(1);
        long sent = System.nanoTime();
        HttpResponse<byte[]> answer = get(page.getValue() + id + "?asOf=" + day);
        millis.add((System.nanoTime() - sent) / 1e6);
        ok += answer.statusCode() == 200 ? 1 : 0;
      }
      Collections.sort(millis);
      measured.add(
          new Views(
              page.getValue() + "{id}?asOf=",
              ids.size(),
              ok,
              percentile(millis, 0.50),
              percentile(millis, 0.99)));
    }
    return measured;
  }

  /** The dashboard of a day before today: every record of the day, or a refusal that says why. */
  Whole dashboard() throws Exception {
    long sent = System.nanoTime();
    HttpResponse<byte[]> answer = get("/?asOf=" + LocalDate.now().minusDays(1));
    double millis = (System.nanoTime() - sent) / 1e6;
    String body = new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
    int at = body.indexOf("would rebuild");
    String detail = at < 0 ? "" : body.substring(at, body.indexOf(',', body.indexOf("plans", at)));
    return new Whole(answer.statusCode(), millis, detail);
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    return EveryRoute.once(client, server.uri(path), token);
  }

  /** Ids of {@code table}, spread evenly over it. */
  private static List<String> spread(String database, String table) throws Exception {
    String url = database.startsWith("jdbc:") ? database : "jdbc:sqlite:" + database;
    List<String> ids = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url)) {
      int count;
      try (ResultSet rows =
          connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
        rows.next();
        count = rows.getInt(1);
      }
      try (PreparedStatement query =
          connection.prepareStatement(
              "SELECT id FROM " + table + " ORDER BY id LIMIT 1 OFFSET ?")) {
        for (int i = 0; i < Math.min(RECORDS_A_KIND, count); i++) {
          query.setInt(1, (int) ((long) count * i / Math.min(RECORDS_A_KIND, count)));
          try (ResultSet row = query.executeQuery()) {
            if (row.next()) {
              ids.add(row.getString(1));
            }
          }
        }
      }
    }
    return ids;
  }

  private static double percentile(List<Double> sorted, double share) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(share * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  static String describe(Views views) {
    return String.format(
        Locale.ROOT,
        "p50 %.0f ms; p99 %.0f ms (%d of %d first views answered 200)",
        views.p50Millis(),
        views.p99Millis(),
        views.ok(),
        views.asked());
  }
}
