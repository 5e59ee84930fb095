package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.testing.Seeds;

/**
 * Drives Debian's Chromium over the published North West documents, imported as a user would:
 * dashboard, the Cheshire West inspection, the region's action plan, an in-place status update that
 * survives a reload. Screenshots go to target/screenshots/seeds-*.png.
 */
class SeedsBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS =
      Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  /** The seeds are imported on this day; action 1.1 is completed on {@link TestWorld#TODAY}. */
  private static final java.time.LocalDate IMPORTED = java.time.LocalDate.of(2024, 3, 1);

  private TestWorld world;
  private String planId;
  private int port;

  @BeforeEach
  void serve() {
    if (!Files.isExecutable(CHROMIUM)) {
      if (System.getenv("CI") != null) {
        fail("CI is set but " + CHROMIUM + " is missing: install Debian's chromium package");
      }
      assumeTrue(false, "Skipped: " + CHROMIUM + " is missing (apt-get install chromium)");
    }
    world = new TestWorld();
    world.setToday(IMPORTED);
    for (String seed : List.of(Seeds.REPORT, Seeds.LETTER, Seeds.PLAN)) {
      world
          .services
          .importPublishedDocument()
          .importDocument(
              new ImportPublishedDocumentUseCase.Command(
                  seed, Seeds.text(seed).getBytes(StandardCharsets.UTF_8), false));
    }
    world.setToday(TestWorld.TODAY);
    planId = world.services.listActionPlans().list(Optional.empty()).get(0).id();
    port = world.web.start(0);
  }

  @AfterEach
  void stop() {
    if (world != null) {
      world.web.stop();
    }
  }

  @Test
  void importedNorthWestPlan_markingAnActionCompletedInPlace_isStoredAcrossAReload()
      throws Exception {
    Files.createDirectories(SHOTS);
    String base = "http://localhost:" + port;
    try (Playwright playwright =
            Playwright.create(
                new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser =
            playwright
                .chromium()
                .launch(
                    new BrowserType.LaunchOptions()
                        .setExecutablePath(CHROMIUM)
                        .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu")))) {
      Page page =
          browser
              .newContext(
                  new Browser.NewContextOptions()
                      .setViewportSize(1280, 900)
                      .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + world.adminToken)))
              .newPage();

      page.navigate(base + "/");
      assertEquals("Dashboard – Probation Inspections", page.title());
      assertTrue(page.locator("table.heatmap").textContent().contains("Cheshire West"));
      shot(page, "seeds-dashboard");

      page.locator("table.heatmap a", new Page.LocatorOptions().setHasText("Cheshire West"))
          .click();
      page.waitForURL("**/inspections/**");
      String inspection = page.locator("main").textContent();
      assertTrue(inspection.contains("7/24"), "the score as published and computed");
      assertTrue(inspection.contains("Requires improvement"));
      assertTrue(inspection.contains("32%"), "assessment's lowest key question");
      shot(page, "seeds-inspection");

      page.navigate(base + "/regions");
      page.locator("a", new Page.LocatorOptions().setHasText("North West")).first().click();
      page.waitForURL("**/regions/**");
      shot(page, "seeds-region");
      page.navigate(base + "/action-plans/" + planId);
      assertTrue(
          page.locator("main").textContent().contains("35 agreed, 2 partly agreed, 1 not agreed"));

      Locator row = page.locator("#action-1-1");
      assertTrue(row.textContent().contains("days overdue"));
      row.locator("select[name=status]").selectOption("COMPLETED");
      row.locator("button").click();
      page.locator("#action-1-1 .saved").waitFor();

      page.reload();
      Locator reloaded = page.locator("#action-1-1");
      assertTrue(reloaded.locator(".status-word").textContent().contains("Completed"));
      assertTrue(!reloaded.textContent().contains("days overdue"));
      shot(page, "seeds-action-plan");

      // The same plan as at a day between the import and the change, chosen in the footer.
      page.fill("#as-at-date", "2024-03-10");
      page.locator(".as-at-picker button").click();
      page.waitForURL("**asOf=2024-03-10**");
      assertTrue(page.locator(".as-at").textContent().contains("As at 10 March 2024."));
      Locator then = page.locator("#action-1-1");
      assertTrue(then.textContent().contains("days overdue"), "not yet completed then");
      assertTrue(!then.locator("select[name=status]").isVisible(), "nothing to change");
      shot(page, "seeds-action-plan-as-at");
      page.locator("nav a", new Page.LocatorOptions().setHasText("Regions")).click();
      page.waitForURL("**/regions?asOf=2024-03-10");
      assertTrue(page.locator(".as-at").isVisible(), "links keep the date");
      page.locator(".as-at a", new Page.LocatorOptions().setHasText("Back to today")).click();
      page.waitForURL("**/regions");
      assertEquals(0, page.locator(".as-at").count());
    }
  }

  private static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
