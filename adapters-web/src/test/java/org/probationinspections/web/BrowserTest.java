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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives Debian's Chromium through the pages: dashboard, an inspection, the region's action plan,
 * an in-place status update that survives a reload; saves a screenshot of each main page.
 */
class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS =
      Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  private TestWorld world;
  private NorthWestFixture nw;
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
    nw = NorthWestFixture.recordInto(world.services);
    port = world.web.start(0);
  }

  @AfterEach
  void stop() {
    if (world != null) {
      world.web.stop();
    }
  }

  @Test
  void markingAnActionCompletedInPlace_isStoredAcrossAReload() throws Exception {
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
          browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();

      page.navigate(base + "/");
      assertEquals("Sign in – Probation Inspections", page.title());
      page.locator("#username").fill("admin");
      page.locator("#password").fill(TestWorld.ADMIN_PASSWORD);
      page.locator("form.stack button[type=submit]").click();
      page.waitForURL(base + "/");
      assertEquals("Dashboard – Probation Inspections", page.title());
      assertTrue(page.locator("table.heatmap").textContent().contains("Inadequate"));
      shot(page, "dashboard");

      page.locator(
              "table.heatmap a", new Page.LocatorOptions().setHasText("Knowsley and St Helens"))
          .click();
      page.waitForURL("**/inspections/**");
      assertTrue(page.locator("h1").textContent().contains("Knowsley and St Helens"));
      shot(page, "inspection");

      page.navigate(base + "/league");
      shot(page, "league");
      page.navigate(base + "/recommendations");
      shot(page, "recommendations");
      page.navigate(base + "/overdue");
      shot(page, "overdue");

      page.navigate(base + "/regions");
      page.locator("a", new Page.LocatorOptions().setHasText("North West")).first().click();
      page.waitForURL("**/regions/**");
      shot(page, "region");
      page.locator("a", new Page.LocatorOptions().setHasText("Action plan submitted")).click();
      page.waitForURL("**/action-plans/**");
      shot(page, "action-plan");

      Locator row = page.locator("#action-1-1");
      assertTrue(row.textContent().contains("days overdue"));
      row.locator("select[name=status]").selectOption("COMPLETED");
      row.locator("button").click();
      page.locator("#action-1-1 .saved").waitFor();
      assertTrue(page.locator("#action-1-1 .status-word").textContent().contains("Completed"));

      page.reload();
      Locator reloaded = page.locator("#action-1-1");
      assertTrue(reloaded.locator(".status-word").textContent().contains("Completed"));
      assertTrue(!reloaded.textContent().contains("days overdue"));
      shot(page, "action-plan-updated");

      page.navigate(base + "/action-plans/" + nw.plan.value() + "/print");
      shot(page, "action-plan-print");
    }
  }

  private static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }
}
