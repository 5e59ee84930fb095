package org.probationinspections.cli.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.bench.PostgresForBenchmark;
import org.probationinspections.cli.reliability.Concurrency;
import org.probationinspections.cli.reliability.ConcurrentEdits;
import org.probationinspections.cli.reliability.Http;
import org.probationinspections.cli.reliability.World;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.web.security.WebSettings;

/**
 * Two servers on one PostgreSQL database, as behind a load balancer: a person who signs in on one
 * is signed in on the other, a change made through either is read through both, and signing out on
 * one ends the session on both; and a mixed workload through both loses nothing and tears no read.
 */
class TwoServersTest {

  private static final String PASSWORD = "two-servers-password-1";

  private static PostgresForBenchmark postgres;
  private static InspectionsComponent first;
  private static InspectionsComponent second;
  private static String firstBase;
  private static String secondBase;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startTwoServersOnOneDatabase() throws Exception {
    Path root = Path.of("target", "two-servers-pg").toAbsolutePath();
    try {
      postgres = PostgresForBenchmark.fresh(root);
    } catch (Exception | Error e) {
      String reason = "embedded PostgreSQL could not start: " + e;
      if (System.getenv("CI") != null) {
        fail(reason, e);
      }
      abort(reason);
    }
    StoreLocation database = StoreLocation.parse(postgres.url());
    WebSettings settings = new WebSettings(false, false, 2_000_000);
    first = Wiring.open(database, List.of(), settings);
    second = Wiring.open(database, List.of(), settings);
    first.useCases().today().ensureAdministrator().ensure("admin", Optional.of(PASSWORD));
    firstBase = "http://127.0.0.1:" + first.webApp().start("127.0.0.1", 0);
    secondBase = "http://127.0.0.1:" + second.webApp().start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws Exception {
    for (InspectionsComponent server : new InspectionsComponent[] {first, second}) {
      if (server != null) {
        server.webApp().stop();
        server.store().close();
      }
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void aSignInOnOneServer_holdsOnTheOther_changesThroughEitherAreReadThroughBoth()
      throws Exception {
    String session = signIn(firstBase);

    HttpResponse<String> regionsOnSecond = get(secondBase + "/regions", session);
    assertEquals(200, regionsOnSecond.statusCode(), "signed in on the first, known on the second");

    String csrf = Http.csrf(regionsOnSecond.body());
    HttpResponse<String> created =
        post(secondBase + "/regions", session, "_csrf", csrf, "name", "Yorkshire and the Humber");
    assertTrue(created.statusCode() < 400, "created through the second: " + created.statusCode());
    assertTrue(
        get(firstBase + "/api/regions", session).body().contains("Yorkshire and the Humber"),
        "read through the first");

    HttpResponse<String> second =
        post(firstBase + "/regions", session, "_csrf", csrf, "name", "North East");
    assertTrue(second.statusCode() < 400, "the same token on the first: " + second.statusCode());
    String regions = get(secondBase + "/api/regions", session).body();
    assertTrue(
        regions.contains("Yorkshire and the Humber") && regions.contains("North East"), regions);

    post(secondBase + "/logout", session, "_csrf", csrf);
    HttpResponse<String> afterSignOut = get(firstBase + "/regions", session);
    assertEquals(303, afterSignOut.statusCode(), "signed out on the second, gone on the first");
  }

  @Test
  void eachServer_answersTheBalancersHealthCheck_withoutASignIn() throws Exception {
    for (String base : List.of(firstBase, secondBase)) {
      HttpResponse<String> health = get(base + "/health", null);
      assertEquals(200, health.statusCode(), base);
      assertEquals("{\"status\":\"ok\"}", health.body());
    }
  }

  /**
   * The mixed workload of the reliability harness, at a small size: sign-in on the first server,
   * writes and reads of the seeds' North West plan through both at once.
   */
  @Test
  void aMixedWorkloadOnBothServers_losesNoUpdate_refusesNoneFalsely_andEveryReadIsWhole()
      throws Exception {
    World.importSeeds(postgres.url(), Seeds.directory());
    Http http = new Http();
    Http.Session session = http.signIn(firstBase, "admin", PASSWORD);
    assertEquals(
        200,
        http.get(java.net.URI.create(secondBase + "/api/regions"), session).status(),
        "signed in on the first, known on the second");

    ConcurrentEdits.Counts counts =
        ConcurrentEdits.run(
            List.of(firstBase, secondBase),
            session,
            Concurrency.planId(http, firstBase, session),
            6,
            3,
            20_240_601L);

    assertEquals(0, counts.falseConflicts(), counts.notes().toString());
    assertEquals(0, counts.lostUpdates(), counts.notes().toString());
    assertEquals(0, counts.tornReads(), counts.notes().toString());
    assertEquals(0, counts.errors(), counts.notes().toString());
    assertTrue(counts.reads() >= 2, "the plan was read while it was written: " + counts);
  }

  private String signIn(String base) throws Exception {
    HttpResponse<String> page = get(base + "/login", null);
    String cookie = Http.cookie(page);
    HttpResponse<String> signedIn =
        post(
            base + "/login",
            cookie,
            "_csrf",
            Http.csrf(page.body()),
            "username",
            "admin",
            "password",
            PASSWORD,
            "next",
            "/");
    assertEquals(303, signedIn.statusCode(), signedIn.body());
    return Http.cookie(signedIn);
  }

  private HttpResponse<String> get(String url, String cookie) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String url, String cookie, String... fields) throws Exception {
    StringBuilder form = new StringBuilder();
    for (int i = 0; i < fields.length; i += 2) {
      form.append(form.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    return http.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Cookie", cookie)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
