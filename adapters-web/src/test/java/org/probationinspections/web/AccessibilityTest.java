package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.testing.ProgrammeFixture;
import org.probationinspections.domain.account.Role;
import org.probationinspections.web.security.WebSettings;

/**
 * Every page of the North West picture, signed out and as each role, at a desktop width (1400 px)
 * and a phone's (390 px), checked by axe-core against the WCAG 2.2 AA rules; at 390 px the page
 * itself must not scroll sideways (a wide table scrolls inside its own box).
 */
class AccessibilityTest extends BrowserWebTest {

  static final int[] WIDTHS = {1400, 390};

  private NorthWestFixture nw;

  @BeforeEach
  void serve() {
    Chromium.requireInstalled();
    TestWorld served =
        new TestWorld(new WebSettings(true, false, WebSettings.DEFAULT_MAX_REQUEST_BYTES));
    nw = NorthWestFixture.recordInto(served.services);
    // A region inspected in its own right and a dynamic inspection: the tables beside the PDUs'.
    FileImports imports = served.services.web().fileImports();
    try {
      imports.store(
          imports.read(ProgrammeFixture.FILE, ProgrammeFixture.bytes(), false, OnConflict.REFUSE));
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
    served.tokenFor("rita", Role.READER);
    served.tokenFor("pat", Role.PROVIDER, "North West");
    served.tokenFor("ian", Role.INSPECTOR);
    serve(served);
  }

  @Test
  void axe_findsAViolation_onAPageMadeToHaveOne() throws IOException {
    try (Chromium chromium = Chromium.launch()) {
      Page page = chromium.page(new Browser.NewContextOptions().setViewportSize(1400, 900));
      page.navigate(base + "/login");
      assertEquals(List.of(), Axe.violations(page, Axe.script()), "the sign-in page passes");
      page.evaluate(
          "() => { const i = document.createElement('input'); i.id = 'unlabelled';"
              + " document.querySelector('main').appendChild(i); }");
      List<String> found = Axe.violations(page, Axe.script());
      assertTrue(
          found.stream().anyMatch(v -> v.startsWith("label ") && v.contains("#unlabelled")),
          String.join("\n", found));
      assertEquals("4.14.1", page.evaluate("() => axe.version"));
    }
  }

  @Test
  void everyPage_signedOutAndAsEachRole_atDesktopAndPhoneWidths_passesAxe_andFitsThePhone()
      throws IOException {
    String axe = Axe.script();
    List<String> problems = new ArrayList<>();
    List<Optional<String>> people =
        List.of(
            Optional.empty(),
            Optional.of("rita"),
            Optional.of("pat"),
            Optional.of("ian"),
            Optional.of("admin"));
    int checked = 0;
    try (Chromium chromium = Chromium.launch()) {
      for (int width : WIDTHS) {
        for (Optional<String> person : people) {
          BrowserContext context =
              chromium.context(new Browser.NewContextOptions().setViewportSize(width, 900));
          Page page = context.newPage();
          String who = person.orElse("signed out") + " at " + width + " px";
          if (person.isPresent()) {
            signIn(page, person.get());
          }
          for (String path : pages(person)) {
            page.navigate(base + path);
            Axe.settled(page);
            for (String v : Axe.violations(page, axe)) {
              problems.add(who + ", " + path + ": " + v);
            }
            if (width < 500) {
              Axe.sidewaysScrollProblem(page)
                  .ifPresent(problem -> problems.add(who + ", " + path + ": " + problem));
            }
            checked++;
          }
          // A refused form: the error summary and the messages beside the fields.
          if (person.equals(Optional.of("ian")) || person.equals(Optional.of("admin"))) {
            page.navigate(base + "/regions");
            page.locator("#region-name").fill(" ");
            page.locator("button", new Page.LocatorOptions().setHasText("Add region")).click();
            page.locator(".govuk-error-summary").waitFor();
            for (String v : Axe.violations(page, axe)) {
              problems.add(who + ", a refused form on /regions: " + v);
            }
            checked++;
          }
          // A refused form on a form's own page: the summary above the heading and its fields.
          if (person.equals(Optional.of("ian"))) {
            page.navigate(base + "/regions/" + nw.region.value() + "/reviews/new");
            page.locator("button", new Page.LocatorOptions().setHasText("Publish letter")).click();
            page.locator(".govuk-error-summary").waitFor();
            for (String v : Axe.violations(page, axe)) {
              problems.add(who + ", a refused letter on its own page: " + v);
            }
            checked++;
          }
          context.close();
        }
      }
    }
    assertTrue(checked > 180, "pages checked: " + checked);
    assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
  }

  private void signIn(Page page, String name) {
    page.navigate(base + "/login");
    page.locator("#username").fill(name);
    page.locator("#password").fill(TestWorld.ADMIN_PASSWORD);
    page.locator("#sign-in button[type=submit]").click();
    // A provider's home is My actions: "/" sends them there.
    page.waitForURL(url -> url.equals(base + "/") || url.equals(base + "/my-actions"));
  }

  /** The pages of the forms a person may send: a provider's plans', an inspector's letters. */
  private List<String> formPages(Optional<String> person) {
    String plan = "/action-plans/" + nw.plan.value();
    String region = "/regions/" + nw.region.value();
    String inspection = "/inspections/" + nw.knowsleyInspection.value();
    List<String> plans =
        List.of(
            region + "/action-plans/new",
            plan + "/items/new",
            plan + "/items/1/actions/new",
            plan + "/targets/new?action=1.1");
    List<String> inspectorates =
        List.of(
            region + "/reviews/new",
            "/pdus/" + nw.knowsley.value() + "/inspections/new",
            inspection + "/key-questions/new",
            inspection + "/judgement/new",
            inspection + "/recommendations/new",
            plan + "/items/1/follow-up/new");
    return switch (person.orElse("")) {
      case "pat" -> plans;
      case "ian" -> inspectorates;
      case "admin" -> {
        List<String> all = new ArrayList<>(plans);
        all.addAll(inspectorates);
        yield all;
      }
      default -> List.of();
    };
  }

  /** Every page a person sees; the audit trail only to those who may read it. */
  private List<String> pages(Optional<String> person) {
    String plan = nw.plan.value();
    String knowsley = nw.knowsleyInspection.value();
    List<String> paths =
        new ArrayList<>(
            List.of(
                "/",
                "/?asOf=2023-12-31",
                "/?view=dashboard",
                "/?sort=score&order=desc",
                "/dashboard/charts",
                "/my-actions",
                "/my-actions?owner=Head%20of%20PDU&status=PLANNED",
                "/my-work",
                "/league",
                "/regions",
                "/regions/" + nw.region.value(),
                "/reviews/" + nw.review.value(),
                "/regions/" + nw.region.value() + "?sort=overall&order=desc",
                "/pdus/" + nw.knowsley.value(),
                "/inspections/" + knowsley,
                "/inspections/" + knowsley + "/repeats",
                "/inspections/" + ProgrammeFixture.REGIONAL,
                "/inspections/" + ProgrammeFixture.DYNAMIC,
                "/inspections/" + knowsley + "/recommendations/1/themes",
                "/action-plans/" + plan,
                "/action-plans/" + plan + "?asOf=2023-12-31",
                "/action-plans/" + plan + "/print",
                "/search",
                "/search?q=assessment",
                "/recommendations",
                "/themes",
                "/suggestions?region=North%20West",
                "/overdue",
                "/import",
                "/api",
                "/inspections/no-such-inspection",
                "/login"));
    if (person.isPresent()) {
      paths.add("/history?type=action-plan&id=" + plan);
      paths.add("/history?type=inspection&id=" + knowsley);
    }
    paths.addAll(formPages(person));
    return paths;
  }
}
