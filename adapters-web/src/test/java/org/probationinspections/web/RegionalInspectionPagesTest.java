package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.HttpClient;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.testing.ProgrammeFixture;

/**
 * A region inspected in its own right and a dynamic inspection, uploaded on the import page: the
 * dashboard, the league and the region's page show them beside the PDUs and never rank them among
 * them; their pages name the region, a dynamic inspection's its judgement in words; and a plan is
 * drafted in answer to one of them from the region's page.
 */
class RegionalInspectionPagesTest extends NorthWestWebTest {

  private void uploadTheFixture() throws Exception {
    HttpClient client = admin();
    MultipartBody body =
        new MultipartBody.Builder()
            .setType(MultipartBody.FORM)
            .addFormDataPart(
                "documents",
                ProgrammeFixture.FILE,
                RequestBody.create(ProgrammeFixture.bytes(), MediaType.get("application/json")))
            .build();
    WebTestClient.page(
        WebTestClient.send(
            client, new Request.Builder().url(client.getOrigin() + "/import").post(body)),
        200,
        "imported inspection " + ProgrammeFixture.REGIONAL,
        "imported action plan");
  }

  @Test
  void theDashboardAndTheLeague_showTheRegionsBesideThePdus_notAmongThem() throws Exception {
    uploadTheFixture();
    String dashboard =
        WebTestClient.page(
            admin().get("/"),
            200,
            "Regions and the national service inspected in their own right",
            "Kent, Surrey and Sussex region",
            "not rated:</span> Public protection work in the region is not yet good enough");
    String heatmap = dashboard.substring(0, dashboard.indexOf("id=\"regional-heading\""));
    assertFalse(heatmap.contains("Kent, Surrey and Sussex region"), "not a row of the heatmap");
    assertFalse(heatmap.contains("Statutory victim work"), "nor a column of it");

    String league =
        WebTestClient.page(admin().get("/league"), 200, "Kent, Surrey and Sussex region");
    String ranked = league.substring(0, league.indexOf("id=\"regional-heading\""));
    assertFalse(ranked.contains("Kent, Surrey and Sussex region"), "not ranked among the PDUs");
  }

  @Test
  void aRegionalInspection_isOfTheRegion_andADynamicOneGivesItsJudgementInWords() throws Exception {
    uploadTheFixture();
    String regional =
        WebTestClient.page(
            admin().get("/inspections/" + ProgrammeFixture.REGIONAL),
            200,
            "Inspection of Kent, Surrey and Sussex region</h1>",
            "8/24");
    assertFalse(regional.contains("region PDU"), regional);

    WebTestClient.page(
        admin().get("/inspections/" + ProgrammeFixture.DYNAMIC),
        200,
        "<dt class=\"govuk-summary-list__key\">Judgement</dt>",
        "risk they pose to others",
        "gives a judgement in words and no rating");
  }

  @Test
  void aPlanAnswersARegionalInspection_andOneIsDraftedForADynamicOneFromTheRegionsDraftPage()
      throws Exception {
    uploadTheFixture();
    String plan =
        world.services.exportActionPlans().export(Optional.of("Kent, Surrey and Sussex")).stream()
            .filter(p -> p.inspectionId().equals(Optional.of(ProgrammeFixture.REGIONAL)))
            .findFirst()
            .orElseThrow()
            .id()
            .orElseThrow();
    WebTestClient.page(
        admin().get("/action-plans/" + plan),
        200,
        "href=\"/inspections/"
            + ProgrammeFixture.REGIONAL
            + "\">The inspection of Kent, Surrey"
            + " and Sussex region</a>");

    String northWest =
        world.services.listRegions().names().stream()
            .filter(r -> r.name().equals("North West"))
            .findFirst()
            .orElseThrow()
            .id();
    String region =
        WebTestClient.page(
            admin().get("/regions/" + northWest),
            200,
            "href=\"/regions/" + northWest + "/action-plans/new\"",
            "North West region");
    assertTrue(region.contains("Regions and the national service inspected in their own right"));
    WebTestClient.page(
        admin().get("/regions/" + northWest + "/action-plans/new"),
        200,
        "value=\"inspection:" + ProgrammeFixture.DYNAMIC + "\"",
        "North West region");

    var drafted =
        WebTestClient.postForm(
            admin(),
            "/regions/" + northWest + "/action-plans",
            request -> {},
            "review",
            "inspection:" + ProgrammeFixture.DYNAMIC,
            "submitted",
            "2026-03-02");
    String location = WebTestClient.redirect(drafted, 303);
    WebTestClient.page(admin().get(location), 200, "The inspection of North West region");
    // The new plan's answer form offers the dynamic inspection's recommendations.
    String page =
        WebTestClient.page(
            admin().get(location + "/items/new"),
            200,
            "Answer recommendations",
            "Review the risk of serious harm assessments");
    assertEquals(
        1,
        world.services.exportActionPlans().export(Optional.of("North West")).stream()
            .filter(p -> p.inspectionId().equals(Optional.of(ProgrammeFixture.DYNAMIC)))
            .count(),
        page);
  }
}
