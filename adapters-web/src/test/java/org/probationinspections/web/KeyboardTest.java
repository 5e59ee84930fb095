package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.FileChooser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.testing.ProgrammeFixture;
import org.probationinspections.domain.inspection.AddresseeLevel;

/**
 * Journeys made with the keyboard alone: signing in through the skip link, updating an action's
 * status in place, answering a recommendation, importing a file; and the pages' font arrives.
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

  /** Whether the focused element matches the CSS selector. */
  private static boolean focusedIs(Page page, String selector) {
    return Boolean.TRUE.equals(page.evaluate("s => document.activeElement.matches(s)", selector));
  }

  /** Presses Tab until the focused element matches, at most {@code presses} times. */
  private static void tabTo(Page page, String selector, int presses) {
    for (int i = 0; i < presses && !focusedIs(page, selector); i++) {
      page.keyboard().press("Tab");
    }
    assertTrue(focusedIs(page, selector), selector + " is reached by Tab; at " + focused(page));
  }

  /** Asks for {@code path} signed out and signs in on the way, by the keyboard alone. */
  private Page signedInWithTheKeyboard(Chromium chromium, String path) {
    Page page = chromium.page(new Browser.NewContextOptions().setViewportSize(1280, 900));
    page.navigate(base + path);
    page.waitForURL("**/login**");
    page.keyboard().press("Tab");
    assertEquals("a:Skip to main content", focused(page));
    page.keyboard().press("Enter");
    tabTo(page, "#username", 3);
    page.keyboard().type("admin");
    page.keyboard().press("Tab");
    page.keyboard().type(TestWorld.ADMIN_PASSWORD);
    page.keyboard().press("Enter");
    page.waitForURL("**" + path);
    return page;
  }

  @Test
  void answeringARecommendation_withTheKeyboardAlone() throws Exception {
    // A recommendation no item of the plan answers yet.
    world
        .services
        .addRecommendation()
        .add(
            new AddRecommendationUseCase.Command(
                nw.cheshireInspection,
                AddresseeLevel.PDU,
                "Cheshire West",
                "make sure that case allocation reflects the complexity of each case"));
    String plan = "/action-plans/" + nw.plan.value();
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedInWithTheKeyboard(chromium, plan + "/items/new");

      tabTo(page, "input[name=answer]", 40);
      page.keyboard().press("Space");
      assertTrue(page.locator("input[name=answer]").first().isChecked(), "ticked by Space");
      tabTo(page, "#respond-explanation", 80);
      page.keyboard().type("Agreed as written");
      page.keyboard().press("Tab");
      assertTrue(focused(page).startsWith("button:Add item"), focused(page));
      page.keyboard().press("Enter");

      page.waitForURL("**" + plan);
      assertTrue(
          page.locator(".govuk-notification-banner--success")
              .textContent()
              .contains("Item added to the plan"));
    }
  }

  @Test
  void importingAFile_withTheKeyboardAlone() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedInWithTheKeyboard(chromium, "/import");

      tabTo(page, "#documents", 40);
      FileChooser chooser = page.waitForFileChooser(() -> page.keyboard().press("Space"));
      chooser.setFiles(
          new FilePayload(ProgrammeFixture.FILE, "application/json", ProgrammeFixture.bytes()));
      tabTo(page, "button.govuk-button", 20);
      assertTrue(focused(page).startsWith("button:Import"), focused(page));
      page.keyboard().press("Enter");

      page.waitForLoadState();
      String results = page.locator("main").textContent();
      assertTrue(results.contains(ProgrammeFixture.FILE), results);
      assertTrue(results.contains("imported"), results);
      assertTrue(
          page.locator("main a[href^='/inspections/']").count() > 0, "links to what it stored");
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
