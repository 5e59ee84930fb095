package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.Session;
import static org.probationinspections.web.WebTestClient.cookieOf;
import static org.probationinspections.web.WebTestClient.csrfOf;
import static org.probationinspections.web.WebTestClient.form;
import static org.probationinspections.web.WebTestClient.get;
import static org.probationinspections.web.WebTestClient.postJson;
import static org.probationinspections.web.WebTestClient.signIn;
import static org.probationinspections.web.WebTestClient.signedInForm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;
import org.probationinspections.persistence.memory.InMemoryApiTokens;
import org.probationinspections.persistence.memory.InMemoryUsers;
import org.probationinspections.web.security.WebSettings;

/**
 * Who may do what, through the API and the pages alike: sign-in, sessions, CSRF, API tokens, the
 * route permissions, a provider's regions, the audit trail and the security headers.
 */
class SecurityTest extends NorthWestWebTest {

  private String progressPath(int item, int action) {
    return "/api/action-plans/"
        + nw.plan.value()
        + "/items/"
        + item
        + "/actions/"
        + action
        + "/progress";
  }

  private static final String PROGRESS = "{\"status\":\"IN_PROGRESS\",\"note\":\"n\",\"by\":\"x\"}";

  // anonymous

  @Test
  void anonymous_pageRedirectsToSignIn_apiIs401ProblemJson() {
    web.anonymously(
        client -> {
          Response page = get(client, "/regions?x=1", null);
          assertEquals(303, page.code());
          assertEquals("/login?next=%2Fregions%3Fx%3D1", page.header("Location"));
          Response api = client.get("/api/regions");
          assertEquals(401, api.code());
          assertTrue(api.header("Content-Type").startsWith("application/problem+json"));
          assertEquals(401, postJson(client, "/api/regions", "{\"name\":\"Wales\"}").code());
          assertEquals(401, client.get("/api/audit").code());
        });
  }

  @Test
  void everyEndpoint_isRegisteredBehindTheGuard() {
    var endpoints =
        world.web.create().unsafeConfig().pvt.internalRouter.allHttpHandlers().stream()
            .map(parsed -> parsed.getEndpoint())
            .filter(endpoint -> endpoint.getMethod().isHttpMethod())
            .toList();
    assertTrue(endpoints.size() > 50, "the routes were found: " + endpoints.size());
    for (var endpoint : endpoints) {
      assertTrue(
          endpoint.getHandler() instanceof Routes.Guarded,
          endpoint.getMethod() + " " + endpoint.getPath() + " is registered around the guard");
    }
  }

  @Test
  void anonymous_headOfAnApiRoute_is401_andTheStylesheetLoadsForTheSignInPage() {
    web.anonymously(
        client -> {
          Response head =
              client
                  .getOkHttp()
                  .newCall(
                      new Request.Builder().url(client.getOrigin() + "/api/regions").head().build())
                  .execute();
          assertEquals(401, head.code());
          Response stylesheet = get(client, "/static/style.css", null);
          assertEquals(200, stylesheet.code());
          assertTrue(stylesheet.header("Content-Type").startsWith("text/css"));
          assertEquals(404, get(client, "/no-such-page", null).code());
        });
  }

  @Test
  void anonymousReadSetting_letsAnonymousRead_butNotWriteNorReadTheAuditTrail() {
    world = new TestWorld(new WebSettings(true, false, WebSettings.DEFAULT_MAX_REQUEST_BYTES));
    nw = NorthWestFixture.recordInto(world.services);
    web.anonymously(
        client -> {
          assertEquals(200, get(client, "/", null).code());
          assertEquals(200, client.get("/api/regions").code());
          assertEquals(200, get(client, "/action-plans/" + nw.plan.value(), null).code());
          assertEquals(401, postJson(client, "/api/regions", "{\"name\":\"Wales\"}").code());
          assertEquals(401, client.get("/api/audit").code());
          assertFalse(
              get(client, "/action-plans/" + nw.plan.value(), null)
                  .body()
                  .string()
                  .contains("History of changes"));
        });
  }

  // roles through the API

  @Test
  void reader_reads_butMayNotChangeAnything() {
    String reader = world.tokenFor("rita", Role.READER);
    web.as(
        reader,
        client -> {
          assertEquals(200, client.get("/api/regions").code());
          assertEquals(403, postJson(client, "/api/regions", "{\"name\":\"Wales\"}").code());
          assertEquals(403, postJson(client, progressPath(1, 1), PROGRESS).code());
          assertEquals(200, client.get("/api/audit").code());
        });
  }

  @Test
  void inspector_editsInspections_butNotActionPlans() {
    String inspector = world.tokenFor("ian", Role.INSPECTOR);
    web.as(
        inspector,
        client -> {
          assertEquals(201, postJson(client, "/api/regions", "{\"name\":\"Wales\"}").code());
          Response plan = postJson(client, progressPath(1, 1), PROGRESS);
          assertEquals(403, plan.code());
          assertTrue(plan.header("Content-Type").startsWith("application/problem+json"));
        });
  }

  @Test
  void provider_changesItsOwnRegionsPlan_butNotAnotherRegionsNorInspections() {
    String own = world.tokenFor("pat", Role.PROVIDER, "North West");
    String other = world.tokenFor("ned", Role.PROVIDER, "North East");
    web.as(
        own,
        client -> {
          Response ok = postJson(client, progressPath(1, 1), PROGRESS);
          assertEquals(200, ok.code(), ok.body().string());
          assertEquals(403, postJson(client, "/api/regions", "{\"name\":\"Wales\"}").code());
        });
    web.as(
        other,
        client -> {
          Response refused = postJson(client, progressPath(1, 1), PROGRESS);
          assertEquals(403, refused.code());
          assertTrue(refused.body().string().contains("own regions only"));
          assertEquals(
              403,
              postJson(
                      client,
                      "/api/action-plans",
                      "{\"region\":\"North West\",\"submitted\":\"2024-01-02\"}")
                  .code());
        });
  }

  @Test
  void progressReportedByAProvider_isAuditedUnderItsName_notTheNameItClaims() {
    String own = world.tokenFor("pat", Role.PROVIDER, "North West");
    web.as(
        own,
        client -> {
          assertEquals(200, postJson(client, progressPath(1, 1), PROGRESS).code());
          String audit =
              client.get("/api/audit?type=action-plan&id=" + nw.plan.value()).body().string();
          assertTrue(audit.contains("\"actor\":\"pat\""), audit);
          assertTrue(audit.contains("IN_PROGRESS"), audit);
          String plan = client.get("/api/action-plans/" + nw.plan.value()).body().string();
          assertTrue(plan.contains("\"by\":\"pat\""), plan);
        });
  }

  @Test
  void revokedToken_andDisabledUser_are401() {
    world.tokenFor("rita", Role.READER);
    var created = world.services.createApiToken().create("rita", "second");
    web.as(created.secret(), client -> assertEquals(200, client.get("/api/regions").code()));
    world.services.revokeApiToken().revoke(created.id());
    web.as(created.secret(), client -> assertEquals(401, client.get("/api/regions").code()));

    String other = world.tokenFor("ron", Role.READER);
    world.services.disableUser().disable("ron");
    web.as(other, client -> assertEquals(401, client.get("/api/regions").code()));
    web.as("pit_made-up", client -> assertEquals(401, client.get("/api/regions").code()));
  }

  @Test
  void aTokenVerifiedByEarlierRequests_isRefusedAtOnce_whenRevokedOrItsUserDisabled() {
    String kept = world.tokenFor("rita", Role.READER);
    var revoked = world.services.createApiToken().create("rita", "second");
    String ofDisabled = world.tokenFor("ron", Role.READER);
    for (String token : List.of(kept, revoked.secret(), ofDisabled)) {
      web.as(token, client -> assertEquals(200, client.get("/api/regions").code()));
    }

    world.services.revokeApiToken().revoke(revoked.id());
    web.as(revoked.secret(), client -> assertEquals(401, client.get("/api/regions").code()));
    world.services.disableUser().disable("ron");
    web.as(ofDisabled, client -> assertEquals(401, client.get("/api/regions").code()));
    web.as(kept, client -> assertEquals(200, client.get("/api/regions").code()));
  }

  @Test
  void aTokenRevokedBehindTheProcess_isAccepted_untilItsVerifiedEntryExpires() {
    // As another process sharing the database would: straight into the store (see ADR 8).
    String token = world.tokenFor("rita", Role.READER);
    web.as(token, client -> assertEquals(200, client.get("/api/regions").code()));
    var users = new InMemoryUsers(world.store);
    var tokens = new InMemoryApiTokens(world.store);
    var user = users.findByUsername("rita").orElseThrow();
    tokens.findByUser(user.id()).forEach(t -> tokens.save(t.revoke(Instant.now())));

    web.as(token, client -> assertEquals(200, client.get("/api/regions").code()));
  }

  // pages: sessions and CSRF

  @Test
  void signIn_setsAnHttpOnlySameSiteCookie_andFormsNeedTheCsrfToken() {
    web.anonymously(
        client -> {
          Response page = get(client, "/login", null);
          String setCookie = page.header("Set-Cookie");
          assertTrue(setCookie.contains("HttpOnly"), setCookie);
          assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
          page.close();

          Session admin = signIn(client, "admin", TestWorld.ADMIN_PASSWORD);
          Response without = form(client, "/regions", admin.cookie(), "name", "Wales");
          assertEquals(403, without.code());
          Response wrong =
              form(client, "/regions", admin.cookie(), "name", "Wales", "_csrf", "guess");
          assertEquals(403, wrong.code());
          Response with =
              form(client, "/regions", admin.cookie(), "name", "Wales", "_csrf", admin.csrf());
          assertEquals(303, with.code());

          Response out = signedInForm(client, "/logout", admin);
          assertEquals(303, out.code());
          assertEquals(303, get(client, "/regions", admin.cookie()).code());
        });
  }

  @Test
  void signInWithoutCsrfToken_isRefused_andAWrongPasswordIs401() {
    web.anonymously(
        client -> {
          Response page = get(client, "/login", null);
          String cookie = cookieOf(page);
          String csrf = csrfOf(page.body().string());
          assertEquals(
              403,
              form(
                      client,
                      "/login",
                      cookie,
                      "username",
                      "admin",
                      "password",
                      TestWorld.ADMIN_PASSWORD)
                  .code());
          Response wrong =
              form(client, "/login", cookie, "_csrf", csrf, "username", "admin", "password", "no");
          assertEquals(401, wrong.code());
          assertTrue(wrong.body().string().contains("The name or the password is wrong"));
        });
  }

  @Test
  void fiveFailedSignIns_lockTheAccount_evenForTheRightPassword() {
    for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
      assertTrue(world.services.signIn().signIn("admin", "wrong password").actor().isEmpty());
    }
    var locked = world.services.signIn().signIn("admin", TestWorld.ADMIN_PASSWORD);
    assertTrue(locked.actor().isEmpty());
    assertEquals(
        world.services.signIn().signIn("no-such-name", "wrong password").refusal(),
        locked.refusal(),
        "a locked account is refused like any other failure");
    world.services.resetPassword().reset("admin", Optional.of("a brand new password"));
    assertTrue(world.services.signIn().signIn("admin", "a brand new password").actor().isPresent());
  }

  @Test
  void providerOfAnotherRegion_isRefusedOnThePlanPage_too() {
    world.tokenFor("ned", Role.PROVIDER, "North East");
    world.tokenFor("pat", Role.PROVIDER, "North West");
    web.anonymously(
        client -> {
          String path = "/action-plans/" + nw.plan.value() + "/items/1/actions/1/status";
          Session ned = signIn(client, "ned", TestWorld.ADMIN_PASSWORD);
          assertEquals(403, signedInForm(client, path, ned, "status", "COMPLETED").code());
          Session pat = signIn(client, "pat", TestWorld.ADMIN_PASSWORD);
          assertEquals(303, signedInForm(client, path, pat, "status", "COMPLETED").code());
        });
  }

  @Test
  void openRedirect_afterSignIn_isRefused() {
    assertEquals(
        "/", org.probationinspections.web.security.WebSecurityAccess.next("//evil.example"));
    assertEquals("/", org.probationinspections.web.security.WebSecurityAccess.next("https://evil"));
    assertEquals(
        "/regions", org.probationinspections.web.security.WebSecurityAccess.next("/regions"));
  }

  // target revisions and history on the plan page

  @Test
  void movingATarget_needsAReason_andThePlanPageShowsTheOriginalAndEveryRevision() {
    world.tokenFor("pat", Role.PROVIDER, "North West");
    web.anonymously(
        client -> {
          Session pat = signIn(client, "pat", TestWorld.ADMIN_PASSWORD);
          String path = "/action-plans/" + nw.plan.value() + "/targets";
          assertEquals(
              422, signedInForm(client, path, pat, "action", "1.1", "target", "2024-06").code());
          // Two moves, each with its reason: the page shows both revisions.
          for (String[] move :
              new String[][] {{"2024-06", "Trainer left"}, {"2024-09", "Budget freeze"}}) {
            Response moved =
                signedInForm(
                    client, path, pat, "action", "1.1", "target", move[0], "reason", move[1]);
            assertEquals(303, moved.code(), move[1]);
          }
          String html =
              get(client, "/action-plans/" + nw.plan.value(), pat.cookie()).body().string();
          assertTrue(html.contains("Original target 2023-09"), html);
          assertTrue(html.contains("2023-09 → 2024-06"), html);
          assertTrue(html.contains("by pat: Trainer left"), html);
          assertTrue(html.contains("2024-06 → 2024-09"), html);
          assertTrue(html.contains("History of changes"));
          String history =
              get(client, "/history?type=action-plan&id=" + nw.plan.value(), pat.cookie())
                  .body()
                  .string();
          assertTrue(history.contains("Budget freeze"), history);
          assertTrue(history.contains("by <span class=\"app-history__who\">pat</span>"), history);
        });
  }

  // the audit trail and its transaction

  @Test
  void aChangeRolledBack_leavesNoAuditEntry_aChangeKeptLeavesOne() {
    int before = world.services.listAuditTrail().list(all()).size();
    assertThrows(
        IllegalStateException.class,
        () ->
            world.store.inTransaction(
                () -> {
                  world
                      .services
                      .registerRegion()
                      .register(new RegisterRegionUseCase.Command("Wales"));
                  throw new IllegalStateException("a later step failed");
                }));
    assertEquals(before, world.services.listAuditTrail().list(all()).size());
    assertTrue(
        world.services.listRegions().list().stream().noneMatch(r -> r.name().equals("Wales")));

    world.services.registerRegion().register(new RegisterRegionUseCase.Command("Wales"));
    List<AuditLog.Entry> after = world.services.listAuditTrail().list(all());
    assertEquals(before + 1, after.size());
    var entry = after.get(after.size() - 1);
    assertEquals("region", entry.recordType());
    assertEquals("created", entry.change());
    assertEquals("test set-up", entry.actor());
    assertTrue(entry.after().orElseThrow().contains("\"name\":\"Wales\""));
  }

  @Test
  void auditTrail_neverHoldsAPasswordOrTokenHash() {
    String all =
        world.services.listAuditTrail().list(all()).stream()
            .map(e -> e.before().orElse("") + e.after().orElse(""))
            .reduce("", String::concat);
    assertTrue(all.contains("(secret)"));
    assertFalse(all.contains("$argon2id$"));
  }

  private static ListAuditTrailUseCase.Query all() {
    return new ListAuditTrailUseCase.Query(Optional.empty(), Optional.empty(), 0, 10_000);
  }

  // headers and limits

  @Test
  void everyResponse_carriesTheSecurityHeaders() {
    web.as(
        world.adminToken,
        client -> {
          for (String path : List.of("/", "/api/regions", "/login", "/static/style.css")) {
            Response response = client.get(path);
            String csp = response.header("Content-Security-Policy");
            assertNotNull(csp, path);
            assertTrue(csp.contains("script-src 'self'"), csp);
            assertFalse(csp.contains("script-src 'self' 'unsafe-inline'"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", response.header("X-Content-Type-Options"), path);
            assertNotNull(response.header("Referrer-Policy"), path);
          }
        });
  }

  @Test
  void pages_holdNoInlineScript() {
    web.as(
        world.adminToken,
        client -> {
          for (String path :
              List.of("/", "/regions", "/action-plans/" + nw.plan.value(), "/login")) {
            String html = client.get(path).body().string();
            Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
            while (scripts.find()) {
              assertTrue(scripts.group(1).contains("src="), path + ": inline script");
            }
            assertFalse(html.matches("(?s).*\\son[a-z]+=\".*"), path + ": inline event handler");
          }
        });
  }

  @Test
  void requestLargerThanTheLimit_isRefused_notStored() {
    world = new TestWorld(new WebSettings(false, false, 10_000));
    NorthWestFixture.recordInto(world.services);
    web.as(
        world.adminToken,
        client -> {
          String big = "{\"name\":\"" + "W".repeat(20_000) + "\"}";
          Response response = postJson(client, "/api/regions", big);
          assertEquals(413, response.code());
          assertTrue(
              world.services.listRegions().list().stream()
                  .noneMatch(r -> r.name().startsWith("WWW")));
        });
  }

  @Test
  void auditLogSequence_isVisibleThroughTheApiForExport() {
    web.as(
        world.adminToken,
        client -> {
          String json = client.get("/api/audit?limit=2").body().string();
          assertTrue(json.startsWith("["), json);
          assertTrue(json.contains("\"sequence\":1"), json);
          assertFalse(json.contains("\"sequence\":3"), json);
        });
  }

  @SuppressWarnings("unused")
  private static AuditLog.Query unused() {
    return AuditLog.Query.all();
  }

  @Test
  void aFieldLongerThanTheLimit_isRefusedAlike_byTheApiAndThePages() {
    String longName = "W".repeat(org.probationinspections.domain.common.Require.MAX_TEXT + 1);
    web.as(
        world.adminToken,
        client -> {
          Response api = postJson(client, "/api/regions", "{\"name\":\"" + longName + "\"}");
          assertEquals(422, api.code());
          assertTrue(api.body().string().contains("allowed"));
        });
    web.anonymously(
        client -> {
          Session admin = signIn(client, "admin", TestWorld.ADMIN_PASSWORD);
          Response page = signedInForm(client, "/regions", admin, "name", longName);
          assertEquals(422, page.code());
          assertTrue(page.body().string().contains("allowed"));
        });
    assertTrue(
        world.services.listRegions().list().stream().noneMatch(r -> r.name().startsWith("WWW")));
  }
}
