package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives Debian's Chromium over the published North West documents, imported as a user would:
 * dashboard, the Cheshire West inspection, the region's action plan, an in-place status update that
 * survives a reload. Screenshots go to target/screenshots/seeds-*.png.
 */
class SeedsBrowserTest extends BrowserWebTest {

  /** The seeds are imported on this day; action 1.1 is completed on {@link TestWorld#TODAY}. */
  private static final java.time.LocalDate IMPORTED = java.time.LocalDate.of(2024, 3, 1);

  private String planId;

  @BeforeEach
  void serve() {
    Chromium.requireInstalled();
    world = new TestWorld();
    world.setToday(IMPORTED);
    world.importSeeds();
    world.setToday(TestWorld.TODAY);
    planId = world.services.listActionPlans().list(Optional.empty()).get(0).id();
    serve(world);
  }

  @Test
  void importedNorthWestPlan_markingAnActionCompletedInPlace_isStoredAcrossAReload()
      throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page =
          chromium.page(
              new Browser.NewContextOptions()
                  .setViewportSize(1280, 900)
                  .setExtraHTTPHeaders(Map.of("Authorization", "Bearer " + world.adminToken)));

      page.navigate(base + "/");
      assertEquals("Dashboard – Probation Inspections", page.title());
      assertTrue(page.locator("table.heatmap").textContent().contains("Cheshire West"));
      Chromium.shot(page, "seeds-dashboard");

      page.locator("table.heatmap a", new Page.LocatorOptions().setHasText("Cheshire West"))
          .click();
      page.waitForURL("**/inspections/**");
      String inspection = page.locator("main").textContent();
      assertTrue(inspection.contains("7/24"), "the score as published and computed");
      assertTrue(inspection.contains("Requires improvement"));
      assertTrue(inspection.contains("32%"), "assessment's lowest key question");
      Chromium.shot(page, "seeds-inspection");

      page.navigate(base + "/regions");
      page.locator("a", new Page.LocatorOptions().setHasText("North West")).first().click();
      page.waitForURL("**/regions/**");
      Chromium.shot(page, "seeds-region");
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
      Chromium.shot(page, "seeds-action-plan");

      // The same plan as at a day between the import and the change, chosen in the footer.
      page.fill("#as-at-date", "2024-03-10");
      page.locator(".as-at-picker button").click();
      page.waitForURL("**asOf=2024-03-10**");
      assertTrue(page.locator(".as-at").textContent().contains("As at 10 March 2024."));
      Locator then = page.locator("#action-1-1");
      assertTrue(then.textContent().contains("days overdue"), "not yet completed then");
      assertTrue(!then.locator("select[name=status]").isVisible(), "nothing to change");
      Chromium.shot(page, "seeds-action-plan-as-at");
      page.locator("nav[aria-label=Main] a", new Page.LocatorOptions().setHasText("Regions"))
          .click();
      page.waitForURL("**/regions?asOf=2024-03-10");
      assertTrue(page.locator(".as-at").isVisible(), "links keep the date");
      page.locator(".as-at a", new Page.LocatorOptions().setHasText("Back to today")).click();
      page.waitForURL("**/regions");
      assertEquals(0, page.locator(".as-at").count());
    }
  }
}
