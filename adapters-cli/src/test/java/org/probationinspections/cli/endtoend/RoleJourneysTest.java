package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.testing.ProgrammeFixture;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.web.Axe;
import org.probationinspections.web.Chromium;
import org.probationinspections.web.security.WebSettings;

/**
 * The acceptance journeys: the demo exactly as {@code inspections serve --demo} loads it (into a
 * SQLite file, with the administrator it creates), a provider and an inspector added as the README
 * says ({@code inspections users add}), and each role's usual path through the pages clicked and
 * typed in Chromium. axe-core checks every page visited against the WCAG 2.2 AA rules at 1400 px,
 * and each role's first page at 390 px too, where the page must not scroll sideways.
 */
class RoleJourneysTest {

  private static final String PASSWORD = "journeys-password-1";
  private static final String PROVIDERS_REGION = "North West";
  private static final int DESKTOP = 1400;
  private static final int PHONE = 390;

  @TempDir static Path folder;

  private static InspectionsComponent server;
  private static String base;
  private static Chromium chromium;
  private static String axe;

  @BeforeAll
  static void serveTheDemo() throws IOException {
    Chromium.requireInstalled();
    String database = folder.resolve("inspections.db").toString();
    server =
        Wiring.open(
            StoreLocation.parse(database),
            List.of(),
            // As serve --demo: anyone may read without signing in.
            new WebSettings(true, false, WebSettings.DEFAULT_MAX_REQUEST_BYTES));
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    server
        .useCases()
        .today()
        .serverStart()
        .prepare(true, Optional.of(PASSWORD), new PrintStream(said, true, StandardCharsets.UTF_8));
    assertTrue(said.toString(StandardCharsets.UTF_8).contains("Demo ready"), said.toString());
    Path passwordFile = Files.writeString(folder.resolve("password"), PASSWORD);
    for (List<String> person :
        List.of(
            List.of("pat", "--role", "PROVIDER", "--region", PROVIDERS_REGION),
            List.of("ian", "--role", "INSPECTOR"))) {
      List<String> args = new ArrayList<>(List.of("users", "add"));
      args.addAll(person);
      args.addAll(List.of("--password-file", passwordFile.toString(), "--db", database));
      CommandRun added = CommandRun.of(args.toArray(String[]::new));
      assertEquals(0, added.status(), added.output());
    }
    base = "http://127.0.0.1:" + server.webApp().start("127.0.0.1", 0);
    chromium = Chromium.launch();
    axe = Axe.script();
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
    if (server != null) {
      server.webApp().stop();
      server.store().close();
    }
  }

  /**
   * One person's visit in a browser context of their own: each page reached is checked by axe, and
   * what it finds is gathered to be reported with the page's address when the journey ends.
   */
  private static final class Journey implements AutoCloseable {

    private final String who;
    private final BrowserContext context;
    final Page page;
    private final List<String> problems = new ArrayList<>();
    private int checked;

    Journey(String who) {
      this.who = who;
      this.context =
          chromium.context(new Browser.NewContextOptions().setViewportSize(DESKTOP, 900));
      this.page = context.newPage();
    }

    /** Checks the page as it is now, at the desktop width. */
    void check(String step) {
      Axe.settled(page);
      for (String violation : Axe.violations(page, axe)) {
        problems.add(step + " at " + DESKTOP + " px, " + page.url() + ": " + violation);
      }
      checked++;
    }

    /** Checks the part of the page that {@code selector} picks, which changed in place. */
    void checkPart(String step, String selector) {
      Axe.settled(page);
      for (String violation : Axe.violations(page, axe, selector)) {
        problems.add(
            step + " at " + DESKTOP + " px, " + page.url() + " " + selector + ": " + violation);
      }
      checked++;
    }

    /** Checks the page at the desktop width and at a phone's, where it must fit sideways. */
    void checkAtBothWidths(String step) {
      check(step);
      page.setViewportSize(PHONE, 900);
      try {
        Axe.settled(page);
        for (String violation : Axe.violations(page, axe)) {
          problems.add(step + " at " + PHONE + " px, " + page.url() + ": " + violation);
        }
        Axe.sidewaysScrollProblem(page)
            .ifPresent(
                problem ->
                    problems.add(step + " at " + PHONE + " px, " + page.url() + ": " + problem));
        checked++;
      } finally {
        page.setViewportSize(DESKTOP, 900);
      }
    }

    /** Follows {@code link} and waits for the page whose address {@code arrived} accepts. */
    void follow(Locator link, Predicate<String> arrived) {
      link.click();
      page.waitForURL(arrived);
      Axe.settled(page);
    }

    String heading() {
      return page.locator("main h1").first().textContent().strip();
    }

    /** Signs in through the header's link and the sign-in form. */
    void signIn(String username) {
      page.navigate(base + "/");
      follow(page.locator("header a[href='/login']"), url -> url.contains("/login"));
      assertEquals("Sign in", heading());
      check("the sign-in page");
      page.locator("#username").fill(username);
      page.locator("#password").fill(PASSWORD);
      page.locator("#sign-in button[type=submit]").click();
      page.waitForURL(url -> !url.contains("/login"));
      Axe.settled(page);
    }

    /** Fails naming every violation found on the way, each with its page's address. */
    @Override
    public void close() {
      context.close();
      assertTrue(checked > 0, who + ": no page was checked");
      assertTrue(
          problems.isEmpty(),
          who
              + ": "
              + problems.size()
              + " accessibility problems on "
              + checked
              + " checks:\n"
              + String.join("\n", problems));
    }
  }

  private static Locator mainLink(Page page, String hrefStart) {
    return page.locator("main a[href^='" + hrefStart + "']");
  }

  private static Predicate<String> at(String pathStart) {
    return url -> url.startsWith(base + pathStart);
  }

  @Test
  void aReaderSignedOut_goesFromDashboardToRegionPduInspectionAndPlan_thenLeagueAndSearch() {
    try (Journey reader = new Journey("a reader, signed out")) {
      Page page = reader.page;
      page.navigate(base + "/");
      Axe.settled(page);
      assertTrue(page.locator("header a[href='/login']").isVisible(), "signed out");
      reader.checkAtBothWidths("the dashboard");

      // A region, from its name in the dashboard's table.
      Locator region = page.locator("main table a[href^='/regions/']").first();
      String regionName = region.textContent().strip();
      reader.follow(region, at("/regions/"));
      assertTrue(reader.heading().contains(regionName), reader.heading());
      reader.check("a region");

      // One of its PDUs, then the PDU's latest inspection (the last column of its history).
      Locator pdu = mainLink(page, "/pdus/").first();
      String pduName = pdu.textContent().strip();
      reader.follow(pdu, at("/pdus/"));
      assertTrue(reader.heading().contains(pduName), reader.heading());
      reader.check("a PDU");
      reader.follow(mainLink(page, "/inspections/").last(), at("/inspections/"));
      assertTrue(reader.heading().contains(pduName), reader.heading());
      reader.check("the PDU's latest inspection");

      // Back to the PDU, to its region by the breadcrumbs, and one of the region's action plans.
      page.goBack();
      page.waitForURL(at("/pdus/"));
      reader.follow(
          page.locator(".govuk-breadcrumbs a[href^='/regions/']").last(), at("/regions/"));
      reader.follow(mainLink(page, "/action-plans/").first(), at("/action-plans/"));
      assertEquals(regionName + " action plan", reader.heading());
      assertTrue(page.locator("section[id^='item-']").count() > 0, "the plan's items");
      reader.check("an action plan");

      // The league, sorted by the overall rating from its column heading.
      reader.follow(page.locator("nav[aria-label=Main] a[href='/league']"), at("/league"));
      assertEquals("League table", reader.heading());
      reader.check("the league");
      reader.follow(
          page.locator("thead a", new Page.LocatorOptions().setHasText("Overall rating")),
          url -> url.contains("sort=overall"));
      assertTrue(
          List.of("ascending", "descending")
              .contains(
                  page.locator("thead th", new Page.LocatorOptions().setHasText("Overall rating"))
                      .getAttribute("aria-sort")),
          "the column says it is sorted");
      reader.check("the league sorted by overall rating");

      // Search for words of the recommendations.
      reader.follow(page.locator("nav[aria-label=Main] a[href='/search']"), at("/search"));
      assertEquals("Search", reader.heading());
      reader.check("search");
      page.locator("#q").fill("enforcement");
      page.locator("main button", new Page.LocatorOptions().setHasText("Search")).click();
      page.waitForURL(url -> url.contains("q=enforcement"));
      Axe.settled(page);
      assertTrue(page.locator("main mark").count() > 0, "the words are marked in what is found");
      reader.check("search results");
    }
  }

  @Test
  void aProvider_updatesAnActionFromMyActions_seesItKept_andDownloadsTheirActions()
      throws IOException {
    try (Journey provider = new Journey("pat, a provider")) {
      Page page = provider.page;
      provider.signIn("pat");
      assertEquals(base + "/my-actions", page.url(), "a provider's home is My actions");
      assertEquals("My actions", provider.heading());
      provider.checkAtBothWidths("My actions");

      // The first action due, in its plan.
      Locator first = page.locator("table.my-actions tbody a").first();
      String number = first.textContent().strip().split(" ")[0].replaceAll("[^0-9.]", "");
      provider.follow(first, at("/action-plans/"));
      String[] itemAndAction = number.split("\\.");
      String row = "#action-" + itemAndAction[0] + "-" + itemAndAction[1];
      assertEquals(PROVIDERS_REGION + " action plan", provider.heading());
      provider.check("the action's plan");

      // Its status moved on, with a note of the progress.
      Locator status = page.locator(row + " select[name=status]");
      String next = "PLANNED".equals(status.inputValue()) ? "IN_PROGRESS" : "COMPLETED";
      String note = "Case audits under way in every team";
      status.selectOption(next);
      page.locator(row + " input[name=note]").fill(note);
      page.locator(row + " button", new Page.LocatorOptions().setHasText("Update")).click();
      page.locator(row + " .saved").waitFor();
      assertTrue(
          page.locator(row + " .saved").textContent().contains("Saved"),
          page.locator(row + " .saved").textContent());
      // Only the row changed (htmx swapped it in): the rest of this long page was checked above.
      provider.checkPart("the action's row after the update", row);

      // Kept: the page read again shows the new status and the note.
      page.reload();
      Axe.settled(page);
      String word = "IN_PROGRESS".equals(next) ? "In progress" : "Completed";
      assertEquals(word, page.locator(row + " .status-word").textContent().strip());
      assertTrue(
          page.locator(row + " details.progress").textContent().contains(note),
          "the progress note is kept");

      // Back home, and the download of every action of theirs.
      provider.follow(
          page.locator("nav[aria-label=Main] a[href='/my-actions']"), at("/my-actions"));
      provider.check("My actions again");
      Locator csv = page.locator("main a[download]");
      assertTrue(csv.getAttribute("href").startsWith("/my-actions.csv"), csv.getAttribute("href"));
      Download download = page.waitForDownload(csv::click);
      String text = Files.readString(download.path(), StandardCharsets.UTF_8);
      assertTrue(text.lines().count() > 1, "a heading and the actions: " + text);
    }
  }

  @Test
  void anInspector_judgesAnItemFromMyWork_andOpensTheLetterForm() {
    try (Journey inspector = new Journey("ian, an inspector")) {
      Page page = inspector.page;
      inspector.signIn("ian");
      assertEquals(base + "/", page.url());
      inspector.checkAtBothWidths("the inspector's home");

      inspector.follow(mainLink(page, "/my-work").first(), at("/my-work"));
      assertEquals("My work", inspector.heading());
      assertTrue(page.locator("table.awaiting tbody tr").count() > 0, "items awaiting judgement");
      inspector.checkAtBothWidths("My work");

      // The first item awaiting judgement, judged and closed.
      Locator item = page.locator("table.awaiting tbody a[href*='#item-']").first();
      String href = item.getAttribute("href");
      String plan = href.substring(0, href.indexOf('#'));
      String number = href.substring(href.indexOf("#item-") + "#item-".length());
      inspector.follow(item, at(plan));
      inspector.check("the plan of the item awaiting judgement");
      inspector.follow(
          page.locator("#item-" + number + " a[href$='/follow-up/new']"),
          at(plan + "/items/" + number + "/follow-up/new"));
      assertTrue(inspector.heading().contains("Record a follow-up judgement of item " + number));
      inspector.check("the follow-up form");
      // No progress closes nothing: refused on the form's page, then judged good progress.
      page.locator("#judgement-" + number).selectOption("NO_PROGRESS");
      page.locator("#follow-note-" + number).fill("Evidence seen in the case audit");
      page.locator("#close-" + number).check();
      Locator record =
          page.locator("main button", new Page.LocatorOptions().setHasText("Record judgement"));
      record.click();
      page.locator(".govuk-error-summary").waitFor();
      assertTrue(page.url().contains("/follow-up"), page.url());
      inspector.check("the follow-up form, refused");
      page.locator("#judgement-" + number).selectOption("GOOD_PROGRESS");
      record.click();
      page.waitForURL(url -> url.startsWith(base + plan) && !url.contains("/follow-up"));
      Axe.settled(page);
      assertTrue(
          page.locator(".govuk-notification-banner--success").isVisible(), "the success banner");
      inspector.check("the plan after the judgement");
      page.reload();
      Axe.settled(page);
      assertTrue(
          page.locator("#item-" + number).textContent().contains("Evidence seen in the case audit"),
          "the judgement is kept");

      // Its region's letters, by the list of regions, then the form to publish the next one,
      // refused while empty.
      String region = inspector.heading().replace(" action plan", "");
      inspector.follow(page.locator(".govuk-breadcrumbs a[href='/regions']"), at("/regions"));
      assertEquals("Regions", inspector.heading());
      inspector.check("the regions");
      inspector.follow(
          page.locator("main")
              .getByRole(
                  AriaRole.LINK, new Locator.GetByRoleOptions().setName(region).setExact(true))
              .first(),
          at("/regions/"));
      assertTrue(inspector.heading().contains(region), inspector.heading());
      inspector.check("the plan's region");
      inspector.follow(mainLink(page, "/reviews/").first(), at("/reviews/"));
      assertTrue(inspector.heading().startsWith("Regional letter to "), inspector.heading());
      inspector.check("a regional letter");
      inspector.follow(
          page.locator(".govuk-breadcrumbs a[href^='/regions/']").last(), at("/regions/"));
      inspector.follow(
          page.locator("main a", new Page.LocatorOptions().setHasText("Publish a regional letter")),
          url -> url.endsWith("/reviews/new"));
      assertTrue(inspector.heading().contains("Publish a regional letter"), inspector.heading());
      inspector.check("the letter form");
      page.locator("main button", new Page.LocatorOptions().setHasText("Publish letter")).click();
      page.locator(".govuk-error-summary").waitFor();
      inspector.check("the letter form, refused");
    }
  }

  @Test
  void anAdministrator_importsAFile_opensWhatItStored_andReadsItsHistory() {
    try (Journey administrator = new Journey("admin, an administrator")) {
      Page page = administrator.page;
      administrator.signIn("admin");
      assertEquals(base + "/", page.url());
      administrator.checkAtBothWidths("the administrator's home");

      administrator.follow(page.locator("nav[aria-label=Main] a[href='/import']"), at("/import"));
      assertEquals("Import published documents", administrator.heading());
      administrator.check("the import page");
      page.locator("#documents")
          .setInputFiles(
              new FilePayload(ProgrammeFixture.FILE, "application/json", ProgrammeFixture.bytes()));
      page.locator("main button", new Page.LocatorOptions().setHasText("Import")).click();
      page.locator("ul.results").first().waitFor();
      Axe.settled(page);
      String results = page.locator("ul.results").first().textContent();
      assertTrue(results.contains(ProgrammeFixture.FILE), results);
      assertTrue(!results.contains("not imported"), results);
      administrator.check("the import's results");

      // The dynamic inspection it stored, and who stored it.
      String stored = "/inspections/" + ProgrammeFixture.DYNAMIC;
      administrator.follow(page.locator("main a[href='" + stored + "']").first(), at(stored));
      page.locator("#history .app-history").waitFor();
      assertTrue(
          page.locator("#history .app-history__who").first().textContent().contains("admin"),
          "the history names who imported it");
      administrator.check("the imported inspection with its history");
      page.navigate(base + "/history?type=inspection&id=" + ProgrammeFixture.DYNAMIC);
      Axe.settled(page);
      assertTrue(administrator.heading().startsWith("History of "), administrator.heading());
      administrator.check("the inspection's history page");
    }
  }
}
