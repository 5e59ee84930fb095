package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Journeys made with the keyboard alone: signing in through the skip link, updating an action's
 * status in place; and the pages' font arrives.
 */
class KeyboardTest extends BrowserWebTest {

  @BeforeEach
  void serve() {
    serveNorthWest(new TestWorld());
  }

  private static String focused(Page page) {
    return (String)
        page.evaluate(
            "() => { const e = document.activeElement;"
                + " return e.id ? '#' + e.id : e.tagName.toLowerCase() + ':' + e.textContent.trim(); }");
  }

  @Test
  void signingIn_andUpdatingAnAction_withTheKeyboardAlone() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = chromium.page(new Browser.NewContextOptions().setViewportSize(1280, 900));
      page.navigate(base + "/action-plans/" + nw.plan.value());
      page.waitForURL("**/login**");

      page.keyboard().press("Tab");
      assertEquals("a:Skip to main content", focused(page));
      page.keyboard().press("Enter");
      page.keyboard().press("Tab");
      assertEquals("#username", focused(page), "the first field after the skip link");
      page.keyboard().type("admin");
      page.keyboard().press("Tab");
      assertEquals("#password", focused(page));
      page.keyboard().type(TestWorld.ADMIN_PASSWORD);
      page.keyboard().press("Enter");
      page.waitForURL("**/action-plans/" + nw.plan.value());

      // From the filter's button, the keyboard walks into the first action's update form.
      page.locator("button", new Page.LocatorOptions().setHasText("Filter")).focus();
      String at = "";
      for (int i = 0; i < 40 && !at.equals("#status-1-1"); i++) {
        page.keyboard().press("Tab");
        at = focused(page);
      }
      assertEquals("#status-1-1", at, "the status of action 1.1 is reached by Tab");
      page.keyboard().press("End"); // the last status: Completed and ongoing
      page.keyboard().press("Tab");
      assertEquals("#note-1-1", focused(page));
      page.keyboard().type("Trained in February");
      page.keyboard().press("Tab");
      assertTrue(focused(page).startsWith("button:Update"), focused(page));
      page.keyboard().press("Enter");
      page.locator("#action-1-1 .saved").waitFor();
      assertTrue(
          page.locator("#action-1-1 .status-word").textContent().contains("Completed and ongoing"));
      assertTrue(page.locator("#action-1-1").textContent().contains("Trained in February"));
    }
  }

  @Test
  void thePagesFont_isLoaded() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = chromium.page(new Browser.NewContextOptions().setViewportSize(1280, 900));
      page.navigate(base + "/login");
      Object loaded =
          page.evaluate(
              "async () => { await document.fonts.ready;"
                  + " return [...document.fonts].filter(f => f.family.includes('GDS Transport')"
                  + " && f.status === 'loaded').length; }");
      assertTrue(((Number) loaded).intValue() >= 1, "GDS Transport faces loaded: " + loaded);
      assertEquals(
          Boolean.TRUE,
          page.evaluate("() => document.fonts.check('700 19px \"GDS Transport\"')"),
          "the bold face is ready");
    }
  }
}
