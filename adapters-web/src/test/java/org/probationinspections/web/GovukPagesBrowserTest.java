package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.account.Role;

/**
 * The pages in the GOV.UK design, driven in Chromium: the heatmap's scroll box, the error summary,
 * checkboxes beside their labels, the history in words and the printed plan's rows (issue 19,
 * defects 3, 5, 6, 8 and 11).
 */
class GovukPagesBrowserTest extends BrowserWebTest {

  @BeforeEach
  void serve() {
    serveNorthWest(new TestWorld());
    world.tokenFor("ian", Role.INSPECTOR);
  }

  private Page signedIn(Chromium chromium, String name, int width) {
    Page page = chromium.page(new Browser.NewContextOptions().setViewportSize(width, 900));
    page.navigate(base + "/login");
    page.locator("#username").fill(name);
    page.locator("#password").fill(TestWorld.ADMIN_PASSWORD);
    page.locator("#sign-in button[type=submit]").click();
    page.waitForURL(base + "/");
    return page;
  }

  // Defect 3: the heatmap

  @Test
  void dashboardHeatmap_at1400px_showsScoreAndOverallFirst_inAKeyboardScrollBoxWithAStickyHeader()
      throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "admin", 1400);
      Locator box = page.locator("#main-content [role=region]:has(table.heatmap)");
      assertEquals("0", box.getAttribute("tabindex"), "the box takes the keyboard's focus");
      assertFalse(
          page.evaluate(
                  "b => (b.getAttribute('aria-label') || b.getAttribute('aria-labelledby') || '')",
                  box.elementHandle())
              .toString()
              .isBlank(),
          "the box is named");

      List<String> headers = page.locator("table.heatmap thead th").allTextContents();
      assertEquals("PDU", headers.get(0).strip());
      assertEquals("Score", headers.get(1).strip());
      assertEquals("Overall", headers.get(2).strip());
      for (String name : List.of("Score", "Overall")) {
        BoundingBox cell =
            page.locator("table.heatmap thead th", new Page.LocatorOptions().setHasText(name))
                .first()
                .boundingBox();
        assertTrue(cell.x + cell.width <= 1400, name + " is on the screen without scrolling");
      }

      int overflow = ((Number) box.evaluate("b => b.scrollWidth - b.clientWidth")).intValue();
      assertTrue(overflow > 0, "the table is wider than its box at 1400 px: " + overflow);
      assertTrue(
          ((Number) box.evaluate("b => b.offsetHeight - b.clientHeight")).intValue() > 0,
          "a scrollbar is drawn and takes room");
      box.focus();
      page.keyboard().press("ArrowRight");
      page.keyboard().press("ArrowRight");
      page.keyboard().press("End");
      page.waitForFunction("b => b.scrollLeft > 0", box.elementHandle());

      Locator header = page.locator("table.heatmap thead th").first();
      assertEquals("sticky", header.evaluate("h => getComputedStyle(h).position"));
      assertEquals("0px", header.evaluate("h => getComputedStyle(h).top"));
      Chromium.shot(page, "dashboard-1400");
    }
  }

  @Test
  void ratingColours_growLighterFromInadequateToOutstanding_soThatTheyDifferInGreyscale()
      throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "admin", 1400);
      @SuppressWarnings("unchecked")
      List<Number> luminance =
          (List<Number>)
              page.evaluate(
                  "() => ['inadequate', 'requires-improvement', 'good', 'outstanding'].map(r => {"
                      + " const s = document.createElement('span');"
                      + " s.className = 'govuk-tag app-rating rating-' + r; s.textContent = r;"
                      + " document.querySelector('main').appendChild(s);"
                      + " const [red, green, blue] = getComputedStyle(s).backgroundColor.match(/\\d+/g)"
                      + "   .slice(0, 3).map(c => { c = c / 255;"
                      + "     return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); });"
                      + " return 0.2126 * red + 0.7152 * green + 0.0722 * blue; })");
      for (int i = 1; i < luminance.size(); i++) {
        assertTrue(
            luminance.get(i).doubleValue() - luminance.get(i - 1).doubleValue() >= 0.1,
            "each rating is clearly lighter than the one below it: " + luminance);
      }
    }
  }

  // Defect 5: the error summary

  @Test
  void refusedForms_showAnErrorSummaryAtTheTop_linkingToEachField_inPlainWords() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "ian", 1400);
      page.navigate(base + "/regions/" + nw.region.value() + "/reviews/new");
      page.locator("button", new Page.LocatorOptions().setHasText("Publish letter")).click();
      assertErrorSummary(page);
      Chromium.shot(page, "error-summary");

      page = signedIn(chromium, "admin", 1400);
      page.navigate(base + "/action-plans/" + nw.plan.value() + "/items/1/actions/new");
      page.locator("button", new Page.LocatorOptions().setHasText("Add action")).click();
      assertErrorSummary(page);
      page.locator("#action-text").fill("Train the duty officers");
      page.locator("#action-owners").fill("Head of PDU");
      page.locator("button", new Page.LocatorOptions().setHasText("Add action")).click();
      assertErrorSummary(page); // a target month is needed
      assertTrue(page.locator(".govuk-error-summary").textContent().contains("target month"));

      page.locator("#action-target").fill("2024-09");
      page.locator("button", new Page.LocatorOptions().setHasText("Add action")).click();
      Locator banner = page.locator(".govuk-notification-banner--success");
      banner.waitFor();
      assertTrue(banner.textContent().contains("Action added to item 1"), banner.textContent());
      assertEquals(0, page.locator(".govuk-error-summary").count());
      page.reload();
      assertEquals(0, page.locator(".govuk-notification-banner--success").count(), "shown once");
    }
  }

  private static final Pattern FIELD_PATH = Pattern.compile("\\b[a-z]+[A-Z]?\\w*\\.[a-z]\\w*:");
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");

  /** A refusal at the top, above the heading, each link to a field of the page, in plain words. */
  private static void assertErrorSummary(Page page) {
    Locator summary = page.locator(".govuk-error-summary");
    summary.waitFor();
    assertTrue(page.title().startsWith("Error: "), page.title());
    assertTrue(
        summary.boundingBox().y < page.locator("h1").boundingBox().y,
        "the summary is above the page's heading");
    page.waitForFunction("() => document.activeElement.classList.contains('govuk-error-summary')");
    List<String> messages = summary.locator("a").allTextContents();
    assertFalse(messages.isEmpty());
    for (int i = 0; i < messages.size(); i++) {
      String message = messages.get(i).strip();
      assertFalse(FIELD_PATH.matcher(message).find(), "no field path: " + message);
      assertFalse(CONSTANT.matcher(message).find(), "no constant's name: " + message);
      assertFalse(message.matches("^[a-z]\\w*: .*"), "no field name in front: " + message);
      assertTrue(Character.isUpperCase(message.charAt(0)), message);
      Locator link = summary.locator("a").nth(i);
      String target = link.getAttribute("href").substring(1);
      assertEquals(1, page.locator("[id='" + target + "']").count(), "the link leads to " + target);
      assertTrue(
          page.locator(".govuk-error-message").allTextContents().stream()
              .anyMatch(beside -> beside.contains(message)),
          "the refusal is beside its field too: " + message);
      link.click();
      assertEquals(target, page.evaluate("() => document.activeElement.id"), "focus moves there");
    }
  }

  // Defect 6: checkboxes beside their labels

  @Test
  void checkboxes_sitOnTheLineOfTheirLabels_onTheLetterFormAndTheImportForm() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "ian", 1400);
      page.navigate(base + "/regions/" + nw.region.value() + "/reviews/new");
      assertBesideItsLabel(page, "#cover-" + nw.knowsleyInspection.value());
      page.navigate(base + "/import");
      assertBesideItsLabel(page, "#dryRun");
    }
  }

  private static void assertBesideItsLabel(Page page, String checkbox) {
    Locator box = page.locator(checkbox);
    Locator label = page.locator("label[for='" + checkbox.substring(1) + "']");
    BoundingBox b = box.boundingBox();
    BoundingBox l = label.boundingBox();
    double middle = b.y + b.height / 2;
    assertTrue(
        middle > l.y && middle < l.y + l.height,
        checkbox
            + " is on its label's line: box "
            + b.y
            + "+"
            + b.height
            + ", label "
            + l.y
            + "+"
            + l.height);
    assertTrue(l.x >= b.x + b.width - 1, "the label is to the right of " + checkbox);
  }

  // Defect 8: the history in words

  @Test
  void history_saysWhoAndWhenToTheMinute_andEachValueBeforeAndAfterInWords_theJsonFolded()
      throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "admin", 1400);
      page.navigate(base + "/action-plans/" + nw.plan.value());
      Locator row = page.locator("#action-1-1");
      row.locator("select[name=status]").selectOption("COMPLETED");
      row.locator("button").click();
      page.locator("#action-1-1 .saved").waitFor();

      page.reload();
      Locator history = page.locator("#history .app-history__entry");
      history.first().waitFor();
      String last = history.last().locator("summary").first().textContent();
      assertTrue(
          Pattern.compile("^\\s*Changed by admin, \\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}:\\d{2}")
              .matcher(last)
              .find(),
          last);
      assertFalse(last.matches("(?s).*\\d{2}:\\d{2}:\\d{2}.*"), "to the minute: " + last);
      history.last().locator("summary").first().click();
      Locator changes = history.last().locator("table.app-history__changes tbody tr");
      String status =
          changes
              .filter(new Locator.FilterOptions().setHasText("Item 1, action 1, status"))
              .first()
              .textContent();
      assertTrue(status.contains("Completed"), status);
      assertFalse(status.contains("COMPLETED"), status);
      assertFalse(
          history.last().locator("pre").first().isVisible(), "the stored JSON is folded away");
      assertTrue(
          ((Number) page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))
                  .intValue()
              <= 0,
          "the history does not widen the page");
      Chromium.shot(page, "history");
    }
  }

  // Defect 11: the printed plan

  @Test
  void printedPlan_putsEachActionOnItsOwnRow_withItsOwnersAndTargetAlongside() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "admin", 1400);
      page.navigate(base + "/action-plans/" + nw.plan.value() + "/print");
      Locator training =
          page.locator(
              "table.print tr",
              new Page.LocatorOptions().setHasText("Deliver risk assessment training"));
      Locator audit =
          page.locator(
              "table.print tr", new Page.LocatorOptions().setHasText("Audit twenty cases a month"));
      assertEquals(1, training.count());
      assertEquals(1, audit.count());
      assertFalse(training.textContent().contains("Audit twenty cases"), "one action a row");
      assertTrue(training.textContent().contains("Head of PDU"));
      assertFalse(training.textContent().contains("Head of Performance and Quality"));
      assertTrue(audit.textContent().contains("Head of Performance and Quality"));
      for (Locator row : List.of(training, audit)) {
        Locator cells = row.locator("td");
        int n = cells.count();
        double top = cells.nth(n - 3).boundingBox().y;
        assertEquals(top, cells.nth(n - 2).boundingBox().y, 1, "owner beside the action");
        assertEquals(top, cells.nth(n - 1).boundingBox().y, 1, "target beside the action");
      }
      Chromium.shot(page, "action-plan-print-rows");
    }
  }
}
