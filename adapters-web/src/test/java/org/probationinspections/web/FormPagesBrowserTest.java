package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.inspection.AddresseeLevel;

/**
 * The forms that change a record, each on a page of its own (GOV.UK's question pages), driven in
 * Chromium: reached by a link on the record's page, shown to who may send them and refused to the
 * others, a refusal shown on the form's page with what was typed, and a success back on the record
 * with the banner (issue 19, pages that fit the person).
 */
class FormPagesBrowserTest extends BrowserWebTest {

  /** A form's page: where it is, its heading, its button and the record its back link leads to. */
  private record FormPage(String path, String heading, String button, String record) {}

  @BeforeEach
  void serve() {
    serveNorthWest(new TestWorld());
    world.tokenFor("rita", Role.READER);
    world.tokenFor("ian", Role.INSPECTOR);
    world.tokenFor("pat", Role.PROVIDER, "North West");
    // A recommendation no item of the plan answers yet, for the form that answers one.
    world
        .services
        .addRecommendation()
        .add(
            new AddRecommendationUseCase.Command(
                nw.cheshireInspection,
                AddresseeLevel.PDU,
                "Cheshire West",
                "make sure that case allocation reflects the complexity of each case"));
  }

  private List<FormPage> formPages() {
    String plan = "/action-plans/" + nw.plan.value();
    String region = "/regions/" + nw.region.value();
    String inspection = "/inspections/" + nw.knowsleyInspection.value();
    return List.of(
        new FormPage(
            region + "/reviews/new", "Publish a regional letter", "Publish letter", region),
        new FormPage(region + "/action-plans/new", "Draft an action plan", "Draft plan", region),
        new FormPage(
            "/pdus/" + nw.knowsley.value() + "/inspections/new",
            "Record an inspection",
            "Record inspection",
            "/pdus/" + nw.knowsley.value()),
        new FormPage(
            inspection + "/key-questions/new",
            "Record the key questions of a standard",
            "Record key questions",
            inspection + "#standards"),
        new FormPage(
            inspection + "/judgement/new",
            "Judge a standard",
            "Save judgement",
            inspection + "#ratings"),
        new FormPage(
            inspection + "/recommendations/new",
            "Add a recommendation",
            "Add recommendation",
            inspection + "#recommendations"),
        new FormPage(plan + "/items/new", "Answer recommendations", "Add item", plan),
        new FormPage(
            plan + "/items/2/actions/new",
            "Add an action to item 2",
            "Add action",
            plan + "#item-2"),
        new FormPage(
            plan + "/targets/new?action=1.1", "Move an action's target month", "Move target", plan),
        new FormPage(
            plan + "/items/1/follow-up/new",
            "Record a follow-up judgement of item 1",
            "Record judgement",
            plan + "#item-1"));
  }

  private Page signedIn(Chromium chromium, String name) {
    Page page = chromium.page(new Browser.NewContextOptions().setViewportSize(1400, 900));
    page.navigate(base + "/login");
    page.locator("#username").fill(name);
    page.locator("#password").fill(TestWorld.ADMIN_PASSWORD);
    page.locator("#sign-in button[type=submit]").click();
    page.waitForURL(url -> url.equals(base + "/") || url.equals(base + "/my-actions"));
    return page;
  }

  /** Waits until the page is at {@code path} (matched exactly, query and fragment too). */
  private void at(Page page, String path) {
    page.waitForURL(url -> url.equals(base + path));
  }

  private static Locator button(Page page, String text) {
    return page.locator("main button", new Page.LocatorOptions().setHasText(text));
  }

  @Test
  void everyFormPage_showsItsOneForm_underAHeadingNamingTheRecord_withABackLinkToIt()
      throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "admin");
      for (FormPage form : formPages()) {
        Response response = page.navigate(base + form.path());
        assertEquals(200, response.status(), form.path());
        String heading = page.locator("h1").textContent();
        assertTrue(heading.contains(form.heading()), form.path() + ": " + heading);
        assertFalse(
            page.locator("h1 .govuk-caption-l").textContent().isBlank(),
            form.path() + ": the heading names the record");
        assertEquals(
            form.record(), page.locator("a.govuk-back-link").getAttribute("href"), form.path());
        assertEquals(1, page.locator("main form[method=post]").count(), form.path());
        assertEquals(1, button(page, form.button()).count(), form.path());
        assertTrue(page.title().startsWith(form.heading()), page.title());
      }
    }
  }

  @Test
  void theRecordsPages_linkToTheFormPages_insteadOfHoldingTheForms() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "admin");
      String plan = "/action-plans/" + nw.plan.value();
      page.navigate(base + plan);
      for (String sent : List.of("/actions", "/targets", "/items", "/items/1/follow-up")) {
        assertEquals(
            0, page.locator("form[action='" + plan + sent + "']").count(), sent + " is not here");
      }
      page.locator("#item-2 a", new Page.LocatorOptions().setHasText("Add an action")).click();
      at(page, plan + "/items/2/actions/new");
      page.locator("a.govuk-back-link").click();
      at(page, plan + "#item-2");

      String region = "/regions/" + nw.region.value();
      page.navigate(base + region);
      for (String sent : List.of("/reviews", "/action-plans")) {
        assertEquals(
            0, page.locator("form[action='" + region + sent + "']").count(), sent + " is not here");
      }
      page.locator("a", new Page.LocatorOptions().setHasText("Publish a regional letter")).click();
      at(page, "/regions/" + nw.region.value() + "/reviews/new");

      // The letter's page links to the draft form with the letter chosen.
      page.navigate(base + region + "/action-plans/new?review=" + nw.review.value());
      assertEquals(nw.review.value(), page.locator("#plan-review").inputValue());
    }
  }

  @Test
  void aReader_isRefusedEveryFormPage_andSeesNoLinkToOne() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "rita");
      for (FormPage form : formPages()) {
        Response response = page.navigate(base + form.path());
        assertEquals(403, response.status(), form.path());
        assertEquals(0, page.locator("main form[method=post]").count(), form.path());
      }
      page.navigate(base + "/action-plans/" + nw.plan.value());
      assertEquals(0, page.locator("main a[href*='/new']").count(), "no link to a form page");
    }
  }

  @Test
  void aProvider_mayOpenThePlansForms_butNotTheInspectoratesOnes() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "pat");
      String plan = "/action-plans/" + nw.plan.value();
      assertEquals(200, page.navigate(base + plan + "/items/1/actions/new").status());
      assertEquals(200, page.navigate(base + plan + "/targets/new").status());
      assertEquals(403, page.navigate(base + plan + "/items/1/follow-up/new").status());
      assertEquals(
          403, page.navigate(base + "/regions/" + nw.region.value() + "/reviews/new").status());
    }
  }

  @Test
  void signedOut_aFormPage_sendsToSignIn_andBackToTheFormAfterwards() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = chromium.page(new Browser.NewContextOptions().setViewportSize(1400, 900));
      String form = "/action-plans/" + nw.plan.value() + "/items/1/actions/new";
      page.navigate(base + form);
      at(page, "/login?next=" + URLEncoder.encode(form, StandardCharsets.UTF_8));
      page.locator("#username").fill("admin");
      page.locator("#password").fill(TestWorld.ADMIN_PASSWORD);
      page.locator("#sign-in button[type=submit]").click();
      at(page, form);
      assertTrue(page.locator("h1").textContent().contains("Add an action to item 1"));
    }
  }

  @Test
  void addingAnAction_refused_staysOnTheFormPage_withTheSummaryAndWhatWasTyped_thenLandsOnThePlan()
      throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "admin");
      String plan = "/action-plans/" + nw.plan.value();
      page.navigate(base + plan + "/items/1/actions/new");
      page.locator("#action-text").fill("Train the duty officers");
      page.locator("#action-owners").fill("Head of PDU");
      Response refused =
          page.waitForResponse(
              r -> r.request().method().equals("POST"), () -> button(page, "Add action").click());
      assertEquals(422, refused.status());
      Locator summary = page.locator(".govuk-error-summary");
      summary.waitFor();
      assertTrue(summary.textContent().contains("target month"), summary.textContent());
      assertTrue(page.title().startsWith("Error: Add an action"), page.title());
      assertTrue(page.locator("h1").textContent().contains("Add an action to item 1"));
      assertEquals("Train the duty officers", page.locator("#action-text").inputValue());
      assertEquals("Head of PDU", page.locator("#action-owners").inputValue());
      assertEquals(0, page.locator("table.actions").count(), "not the plan's long page");
      summary.locator("a").first().click();
      assertEquals("action-target", page.evaluate("() => document.activeElement.id"));

      page.locator("#action-target").fill("2024-09");
      button(page, "Add action").click();
      at(page, plan + "#item-1");
      Locator banner = page.locator(".govuk-notification-banner--success");
      assertTrue(banner.textContent().contains("Action added to item 1"), banner.textContent());
      assertTrue(page.locator("#item-1").textContent().contains("Train the duty officers"));
    }
  }

  @Test
  void answeringARecommendation_partlyAgreedWithoutAReason_keepsTheTickAndTheWords_thenAddsAnItem()
      throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "pat");
      String plan = "/action-plans/" + nw.plan.value();
      page.navigate(base + plan);
      page.locator("a", new Page.LocatorOptions().setHasText("Answer recommendations")).click();
      at(page, plan + "/items/new");
      Locator box = page.locator("input[name=answer]").first();
      box.check();
      page.locator("#respond-response").selectOption("PARTLY_AGREED");
      page.locator("#respond-explanation").fill("only where caseloads allow");
      button(page, "Add item").click();
      page.locator(".govuk-error-summary").waitFor();
      assertTrue(page.locator("h1").textContent().contains("Answer recommendations"));
      assertTrue(page.locator("input[name=answer]").first().isChecked(), "the tick is kept");
      assertEquals("PARTLY_AGREED", page.locator("#respond-response").inputValue());
      assertEquals("only where caseloads allow", page.locator("#respond-explanation").inputValue());

      page.locator("#respond-response").selectOption("AGREED");
      button(page, "Add item").click();
      at(page, plan);
      assertTrue(
          page.locator(".govuk-notification-banner--success")
              .textContent()
              .contains("Item added to the plan"));
    }
  }

  @Test
  void movingATarget_fromTheActionsRow_keepsTheMonthTyped_whenTheReasonIsMissing()
      throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "admin");
      String plan = "/action-plans/" + nw.plan.value();
      page.navigate(base + plan);
      page.locator("#action-1-1 a", new Page.LocatorOptions().setHasText("Move target")).click();
      at(page, plan + "/targets/new?action=1.1");
      assertEquals("1.1", page.locator("#retarget-action").inputValue());
      page.locator("#retarget-target").fill("2024-10");
      button(page, "Move target").click();
      page.locator(".govuk-error-summary").waitFor();
      assertEquals(1, page.locator("#retarget-reason-error").count());
      assertEquals("2024-10", page.locator("#retarget-target").inputValue());
      assertEquals("1.1", page.locator("#retarget-action").inputValue());

      page.locator("#retarget-reason").fill("vetting delays");
      button(page, "Move target").click();
      at(page, plan);
      assertTrue(
          page.locator(".govuk-notification-banner--success")
              .textContent()
              .contains("Target of action 1.1 moved to 2024-10"));
      assertTrue(page.locator("#action-1-1").textContent().contains("(moved 1×)"));
    }
  }

  @Test
  void anInspector_judgesTheFollowUp_andPublishesALetter_onTheirOwnPages() throws Exception {
    try (Chromium chromium = Chromium.launch()) {
      Page page = signedIn(chromium, "ian");
      String plan = "/action-plans/" + nw.plan.value();
      page.navigate(base + plan);
      page.locator(
              "#item-1 a", new Page.LocatorOptions().setHasText("Record a follow-up judgement"))
          .click();
      at(page, plan + "/items/1/follow-up/new");
      page.locator("#judgement-1").selectOption("INSUFFICIENT_PROGRESS");
      page.locator("#follow-note-1").fill("audits not started");
      button(page, "Record judgement").click();
      at(page, plan + "#item-1");
      assertTrue(
          page.locator(".govuk-notification-banner--success")
              .textContent()
              .contains("Judgement recorded for item 1"));

      String region = "/regions/" + nw.region.value();
      page.navigate(base + region + "/reviews/new");
      page.locator("#review-date").fill("2024-02-01");
      button(page, "Publish letter").click();
      page.locator(".govuk-error-summary").waitFor();
      assertEquals(1, page.locator("#review-inspections-error").count());
      assertEquals("2024-02-01", page.locator("#review-date").inputValue());
      page.locator("#cover-" + nw.cheshireInspection.value()).check();
      button(page, "Publish letter").click();
      at(page, region);
      assertTrue(
          page.locator(".govuk-notification-banner--success")
              .textContent()
              .contains("Regional letter of 2024-02-01 published"));
    }
  }
}
