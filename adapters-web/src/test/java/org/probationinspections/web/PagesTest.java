package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.page;
import static org.probationinspections.web.WebTestClient.redirect;

import io.javalin.testtools.HttpClient;
import java.io.IOException;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** The server-rendered pages and their forms, over the real use cases. */
class PagesTest extends NorthWestWebTest {

  /** Posts a form without following the redirect, as a browser without JavaScript would. */
  private static Response postForm(HttpClient client, String path, boolean htmx, String... pairs)
      throws IOException {
    return WebTestClient.postForm(
        client,
        path,
        request -> {
          if (htmx) {
            request.header("HX-Request", "true");
          }
        },
        pairs);
  }

  /** Posts the status form of the plan's action 1.1. */
  private Response updateFirstAction(HttpClient client, boolean htmx, String... pairs)
      throws IOException {
    return postForm(
        client, "/action-plans/" + nw.plan.value() + "/items/1/actions/1/status", htmx, pairs);
  }

  @Test
  void dashboard_showsRatingWordsInHeatmapCellsAndActionCounts() throws Exception {
    String html =
        page(
            admin().get("/"),
            200,
            "<title>Dashboard – Probation Inspections</title>",
            "Knowsley and St Helens",
            "rating-inadequate\">Inadequate</span>",
            "rating-good\">Good</span>",
            "overdue</li>");
    assertTrue(html.contains("<strong>3</strong> overdue"), html);
    assertTrue(html.contains("<strong>1</strong> completed"));
  }

  @Test
  void dashboard_filteredByAnotherYear_showsNoRows() throws Exception {
    page(admin().get("/?year=2019"), 200, "No inspections match these filters.");
  }

  @Test
  void dashboard_yearNotANumber_is400Page() throws Exception {
    page(admin().get("/?year=soon"), 400, "year must be a whole number");
  }

  @Test
  void league_sortsByScoreBestFirst_andByAStandard() throws Exception {
    String html = page(admin().get("/league"), 200, "League table", "2/24", "7/24");
    assertTrue(html.indexOf("Cheshire West") < html.indexOf("Knowsley and St Helens"));
    String worst = page(admin().get("/league?sort=score&dir=asc"), 200);
    assertTrue(worst.indexOf("Knowsley and St Helens") < worst.indexOf("Cheshire West"));
    page(admin().get("/league?sort=1.2"), 200, "aria-sort=\"descending\"");
  }

  @Test
  void regions_listsRegionsWithForms() throws Exception {
    page(admin().get("/regions"), 200, "North West", "Add a region", "Add a PDU");
  }

  @Test
  void regionForm_blankName_showsTheRefusalBesideTheField() throws Exception {
    page(
        postForm(admin(), "/regions", false, "name", " "),
        422,
        "id=\"region-name-error\"",
        "govuk-error-summary",
        "<a href=\"#region-name\">Enter the name</a>",
        "</span> Enter the name</p>");
  }

  @Test
  void regionForm_valid_redirectsToRegions() throws Exception {
    Response response = postForm(admin(), "/regions", false, "name", "Wales");
    assertEquals(303, response.code());
    page(admin().get("/regions"), 200, "Wales");
  }

  @Test
  void pduForm_valid_addsThePdu() throws Exception {
    Response response =
        postForm(admin(), "/pdus", false, "region", "North East", "name", "Durham", "aliases", "");
    assertEquals(303, response.code());
    assertTrue(admin().get("/api/pdus?region=North%20East").body().string().contains("Durham"));
  }

  @Test
  void region_showsPdusLettersAndPlanProgressInWords() throws Exception {
    page(
        admin().get("/regions/" + nw.region.value()),
        200,
        "North West region",
        "Cheshire West",
        "Letter of 2023-07-20",
        "Workloads are too high",
        "1 done, 0 in progress, 1 planned, ",
        "3 overdue");
  }

  @Test
  void region_unknown_is404Page() throws Exception {
    page(admin().get("/regions/nowhere"), 404, "Not found");
  }

  @Test
  void pdu_showsTrendTableAndInspectionForm() throws Exception {
    page(
        admin().get("/pdus/" + nw.knowsley.value()),
        200,
        "Ratings over time",
        "Fieldwork 2023-04-17",
        "Inadequate",
        "Record an inspection");
  }

  @Test
  void pduInspectionForm_missingDate_showsTheRefusalBesideTheField() throws Exception {
    page(
        postForm(
            admin(),
            "/pdus/" + nw.knowsley.value() + "/inspections",
            false,
            "fieldworkStarted",
            ""),
        422,
        "id=\"inspection-fieldworkStarted-error\"");
  }

  @Test
  void pduInspectionForm_valid_redirectsToTheNewInspection() throws Exception {
    Response response =
        postForm(
            admin(),
            "/pdus/" + nw.knowsley.value() + "/inspections",
            false,
            "fieldworkStarted",
            "2025-02-03",
            "published",
            "2025-05");
    assertTrue(redirect(response, 303).startsWith("/inspections/"));
  }

  @Test
  void inspection_showsRatingsLowestKeyQuestionFindingsAndGroupedRecommendations()
      throws Exception {
    page(
        admin().get("/inspections/" + nw.knowsleyInspection.value()),
        200,
        "Inspection of Knowsley and St Helens PDU",
        "Published rating",
        "37%",
        "(lowest: drove the rating)",
        "Knowsley and St Helens PDU should:",
        "North West region should:",
        "HM Prison and Probation Service should:",
        "2/24");
  }

  @Test
  void inspection_unknown_is404Page() throws Exception {
    page(admin().get("/inspections/none"), 404, "was not found");
  }

  @Test
  void judgeForm_brokenDecisionRule_showsTheRuleBesideTheRating() throws Exception {
    String html =
        page(
            postForm(
                admin(),
                "/inspections/" + nw.knowsleyInspection.value() + "/judgement",
                false,
                "standard",
                "1.1",
                "rating",
                "GOOD"),
            422,
            "id=\"judge-rating-error\"");
    assertTrue(html.contains("aria-invalid=\"true\""));
  }

  @Test
  void keyQuestionsForm_percentOutOfRange_showsTheRefusal() throws Exception {
    page(
        postForm(
            admin(),
            "/inspections/" + nw.cheshireInspection.value() + "/key-questions",
            false,
            "standard",
            "2.5",
            "question1",
            "Does reviewing focus on safety?",
            "percent1",
            "140"),
        422,
        "id=\"kq-keyQuestions-error\"",
        "between 0 and 100");
  }

  @Test
  void recommendationForm_valid_addsIt() throws Exception {
    Response response =
        postForm(
            admin(),
            "/inspections/" + nw.cheshireInspection.value() + "/recommendations",
            false,
            "level",
            "REGION",
            "addressee",
            "",
            "text",
            "share learning from serious further offences");
    assertEquals(303, response.code());
    page(
        admin().get("/inspections/" + nw.cheshireInspection.value()),
        200,
        "share learning from serious further offences");
  }

  @Test
  void actionPlan_showsOwnersTargetsAndOverdueInWords() throws Exception {
    page(
        admin().get("/action-plans/" + nw.plan.value()),
        200,
        "North West action plan",
        "Head of Performance and Quality",
        "2023-09",
        "days overdue",
        "Partly Agreed",
        "make sure that staff have manageable workloads",
        "hx-post=");
  }

  @Test
  void actionPlan_filteredByOwnerAndStatus_showsOnlyThoseActions() throws Exception {
    String html =
        page(
            admin()
                .get(
                    "/action-plans/"
                        + nw.plan.value()
                        + "?owner=Regional%20Probation%20Director&status=OVERDUE"),
            200,
            "information-sharing protocol");
    assertFalse(html.contains("workload management tool"));
  }

  @Test
  void statusUpdate_withHtmx_returnsTheUpdatedRowFragment() throws Exception {
    Response response =
        updateFirstAction(admin(), true, "status", "COMPLETED", "note", "done", "by", "Web user");
    String html = page(response, 200, "id=\"action-1-1\"", "Saved: Completed");
    assertFalse(html.contains("<html"));
    assertFalse(html.contains("days overdue"));
  }

  @Test
  void statusUpdate_withoutJavaScript_redirectsBackToTheAction() throws Exception {
    Response response = updateFirstAction(admin(), false, "status", "IN_PROGRESS");
    assertTrue(redirect(response, 303).endsWith("#action-1-1"));
  }

  @Test
  void addActionForm_withoutOwners_showsTheRefusalBesideOwners() throws Exception {
    page(
        postForm(
            admin(),
            "/action-plans/" + nw.plan.value() + "/actions",
            false,
            "item",
            "2",
            "text",
            "Publish figures",
            "owners",
            ""),
        422,
        "id=\"action-owners-error\"");
  }

  @Test
  void printView_hasTheSixPublishedColumnsAndTheSummary() throws Exception {
    page(
        admin().get("/action-plans/" + nw.plan.value() + "/print"),
        200,
        "Rec No",
        "Recommendation",
        "Agreed / Partly Agreed / Not Agreed",
        "Response: action taken / planned",
        "Responsible owner",
        "Target date",
        "September 2023",
        "Summary",
        "Total");
  }

  @Test
  void recommendations_searchByWordsAndLevel() throws Exception {
    String html =
        page(
            admin().get("/recommendations?q=domestic%20abuse&level=REGION"),
            200,
            "police information");
    assertFalse(html.contains("manageable workloads"));
    page(admin().get("/recommendations?level=NATIONAL"), 200, "1 recommendation found.");
  }

  @Test
  void overdue_listsActionsWithDaysOverdueText() throws Exception {
    page(
        admin().get("/overdue?region=North%20West"),
        200,
        "3 actions past the end",
        "days overdue",
        "Deliver risk assessment training");
  }

  @Test
  void apiPage_listsEndpoints() throws Exception {
    page(
        admin().get("/api"),
        200,
        "/api/openapi.json",
        "/api/action-plans/{id}/items/{n}/actions/{k}/progress");
  }

  @Test
  void staticAssets_cssFaviconAndHtmxAreServed() throws Exception {
    assertEquals(200, admin().get("/static/style.css").code());
    assertEquals(200, admin().get("/static/favicon.svg").code());
    assertEquals(200, admin().get("/webjars/htmx.org/2.0.10/dist/htmx.min.js").code());
  }
}
