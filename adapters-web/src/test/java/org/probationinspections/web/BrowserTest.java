package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drives Debian's Chromium through the pages: dashboard, an inspection, the region's action plan,
 * an in-place status update that survives a reload; saves a screenshot of each main page.
 */
class BrowserTest extends BrowserWebTest {

  @BeforeEach
  void serve() {
    serveNorthWest(new TestWorld());
  }

  @Test
  void markingAnActionCompletedInPlace_isStoredAcrossAReload() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = chromium.page(new Browser.NewContextOptions().setViewportSize(1280, 900));

      page.navigate(base + "/");
      assertEquals("Sign in – Probation Inspections", page.title());
      page.locator("#username").fill("admin");
      page.locator("#password").fill(TestWorld.ADMIN_PASSWORD);
      page.locator("#sign-in button[type=submit]").click();
      page.waitForURL(base + "/");
      assertEquals("Dashboard – Probation Inspections", page.title());
      assertTrue(page.locator("table.heatmap").textContent().contains("Inadequate"));
      Chromium.shot(page, "dashboard");

      page.locator(
              "table.heatmap a", new Page.LocatorOptions().setHasText("Knowsley and St Helens"))
          .click();
      page.waitForURL("**/inspections/**");
      assertTrue(page.locator("h1").textContent().contains("Knowsley and St Helens"));
      Chromium.shot(page, "inspection");

      page.navigate(base + "/league");
      Chromium.shot(page, "league");
      page.navigate(base + "/recommendations");
      Chromium.shot(page, "recommendations");
      page.navigate(base + "/overdue");
      Chromium.shot(page, "overdue");

      page.navigate(base + "/regions");
      page.locator("a", new Page.LocatorOptions().setHasText("North West")).first().click();
      page.waitForURL("**/regions/**");
      Chromium.shot(page, "region");
      page.locator("a", new Page.LocatorOptions().setHasText("Action plan submitted")).click();
      page.waitForURL("**/action-plans/**");
      Chromium.shot(page, "action-plan");

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
      Chromium.shot(page, "action-plan-updated");

      page.navigate(base + "/action-plans/" + nw.plan.value() + "/print");
      Chromium.shot(page, "action-plan-print");
    }
  }
}
