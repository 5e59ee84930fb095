package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.body;
import static org.probationinspections.web.WebTestClient.form;
import static org.probationinspections.web.WebTestClient.putJson;
import static org.probationinspections.web.WebTestClient.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import java.io.IOException;
import okhttp3.FormBody;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;

/** The insight API and pages (themes, heatmap, overrides) over the real use cases. */
class InsightWebTest extends NorthWestWebTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private String knowsleyThemes() {
    return "/api/inspections/" + nw.knowsleyInspection.value() + "/recommendations/3/themes";
  }

  /** The API's consolidation suggestions for the North West. */
  private static JsonNode northWestSuggestions(HttpClient client) throws IOException {
    return JSON.readTree(body(client.get("/api/suggestions?region=North%20West"), 200));
  }

  /** Where a decision on the suggestions of the letter {@code found} is posted. */
  private static String decisionsPath(JsonNode found) {
    return "/api/reviews/" + found.get("reviewId").asText() + "/suggestions/decisions";
  }

  /** A suggested group's members, as the members of a decision on it. */
  private static String membersOf(JsonNode group) {
    StringBuilder members = new StringBuilder();
    for (JsonNode m : group.get("members")) {
      members
          .append(members.length() == 0 ? "" : ",")
          .append("{\"inspectionId\":\"")
          .append(m.get("inspectionId").asText())
          .append("\",\"recommendationNumber\":")
          .append(m.get("number").asInt())
          .append('}');
    }
    return members.toString();
  }

  @Test
  void apiRecommendations_filteredByTheme_carryTheMatchedPhrase() throws Exception {
    JsonNode found =
        JSON.readTree(
                body(admin().get("/api/recommendations?theme=domestic-abuse-safeguarding"), 200))
            .get("items");
    assertEquals(1, found.size(), found.toString());
    JsonNode theme = found.get(0).get("themes").get(0);
    assertEquals("domestic-abuse-safeguarding", theme.get("id").asText());
    assertEquals("RULES", theme.get("source").asText());
    assertEquals("domestic abuse", theme.get("matchedPhrases").get(0).asText());
    assertEquals(
        "workforce-training",
        JSON.readTree(body(admin().get("/api/recommendations?theme=workforce-training"), 200))
            .get("items")
            .get(0)
            .get("themes")
            .get(0)
            .get("id")
            .asText());
  }

  @Test
  void apiUnknownTheme_is404() throws Exception {
    body(admin().get("/api/recommendations?theme=astrology"), 404);
  }

  @Test
  void themeOverride_andItsRemoval_areInTheAuditTrail_inTheNameOfWhoMadeThem() throws Exception {
    body(
        putJson(
            admin(),
            knowsleyThemes(),
            "{\"themes\":[\"enforcement\"],\"by\":\"Ann\",\"note\":\"breach\"}"),
        200);
    body(admin().request(knowsleyThemes(), b -> b.delete()), 200);
    JsonNode entries = JSON.readTree(body(admin().get("/api/audit?type=theme-override"), 200));
    assertEquals(2, entries.size(), entries.toString());
    assertEquals("created", entries.get(0).get("change").asText(), entries.toString());
    assertTrue(entries.get(0).toString().contains("enforcement"), entries.toString());
    assertEquals("removed", entries.get(1).get("change").asText(), entries.toString());
    assertEquals("admin", entries.get(1).get("actor").asText(), entries.toString());
  }

  @Test
  void apiOverride_replacesTheRulesThemes_andDeleteRestoresThem() throws Exception {
    JsonNode set =
        JSON.readTree(
            body(
                putJson(
                    admin(),
                    knowsleyThemes(),
                    "{\"themes\":[\"enforcement\"],\"by\":\"Ann\",\"note\":\"breach work\"}"),
                200));
    assertEquals(1, set.get("themes").size());
    assertEquals("enforcement", set.get("themes").get(0).get("id").asText());
    assertEquals("PERSON", set.get("themes").get(0).get("source").asText());
    assertEquals(
        "admin", set.get("override").get("by").asText(), "the signed-in person, not the body's by");
    assertEquals(
        1,
        JSON.readTree(body(admin().get("/api/recommendations?theme=enforcement"), 200))
            .get("items")
            .size());
    assertEquals(
        0,
        JSON.readTree(
                body(admin().get("/api/recommendations?theme=domestic-abuse-safeguarding"), 200))
            .get("items")
            .size());

    JsonNode back = JSON.readTree(body(admin().request(knowsleyThemes(), b -> b.delete()), 200));
    assertFalse(back.hasNonNull("override"), back.toString());
    assertEquals("domestic-abuse-safeguarding", back.get("themes").get(0).get("id").asText());
  }

  @Test
  void apiOverride_withAnUnknownTheme_is422() throws Exception {
    body(putJson(admin(), knowsleyThemes(), "{\"themes\":[\"astrology\"],\"by\":\"Ann\"}"), 422);
  }

  @Test
  void themesPage_showsThePduByThemeHeatmapWithLinksAndTheRules() throws Exception {
    String html = body(admin().get("/themes"), 200);
    assertTrue(html.contains("Knowsley and St Helens"), html);
    assertTrue(html.contains("Domestic abuse and safeguarding"));
    assertTrue(
        html.contains("/recommendations?pdu=" + nw.knowsley.value() + "&amp;theme=domestic-abuse"));
    assertTrue(html.contains("“domestic abuse” (2)"));
  }

  @Test
  void recommendationsPage_filtersByTheme_andExplainsEachTheme() throws Exception {
    String html = body(admin().get("/recommendations?theme=domestic-abuse-safeguarding"), 200);
    assertTrue(html.contains("1 recommendation found."), html);
    assertTrue(html.contains("matched “domestic abuse”"), html);
    assertFalse(html.contains("manageable workloads"));
  }

  @Test
  void themeForm_savesAPersonsChoice_andShowsWhatTheRulesWouldGive() throws Exception {
    String path = "/inspections/" + nw.knowsleyInspection.value() + "/recommendations/2/themes";
    Response saved =
        form(
            admin(),
            path,
            null,
            "theme",
            "management-oversight",
            "theme",
            "workforce-training",
            "by",
            "Ann",
            "note",
            "caseloads",
            "use",
            "person");
    assertEquals(303, saved.code());
    String html = body(admin().get(path), 200);
    assertTrue(html.contains("Set by admin"), html);
    assertTrue(html.contains("The rules would give: Workforce and training"), html);
    assertTrue(html.contains("value=\"management-oversight\" checked"), html);
  }

  private void recommend(InspectionId id, AddresseeLevel level, String addressee, String text) {
    world
        .services
        .addRecommendation()
        .add(new AddRecommendationUseCase.Command(id, level, addressee, text));
  }

  private void addCheshireDuplicate() {
    recommend(
        nw.cheshireInspection,
        AddresseeLevel.PDU,
        "Cheshire West",
        "ensure police information on domestic abuse is accessible to practitioners");
  }

  @Test
  void aDecisionOnARegionsSuggestions_isForThatRegionsProviders_andRecordsWhoDecided()
      throws Exception {
    addCheshireDuplicate();
    String own =
        world.tokenFor("pat", org.probationinspections.domain.account.Role.PROVIDER, "North West");
    String other =
        world.tokenFor("ned", org.probationinspections.domain.account.Role.PROVIDER, "North East");
    String[] decision = new String[2];
    JsonNode found = northWestSuggestions(admin());
    String members = membersOf(found.get("groups").get(0));
    decision[0] = decisionsPath(found);
    decision[1] =
        "{\"members\":[" + members + "],\"verdict\":\"ACCEPTED\",\"by\":\"Someone Else\"}";
    web.as(other, client -> body(client.post(decision[0], decision[1]), 403));
    web.as(
        own,
        client -> {
          JsonNode decided = JSON.readTree(body(client.post(decision[0], decision[1]), 200));
          assertEquals("pat", decided.get("groups").get(0).get("decision").get("by").asText());
        });
  }

  @Test
  void aDecisionFormPostedByAnotherRegionsProvider_is403_asOnTheApi_notAFormError()
      throws Exception {
    addCheshireDuplicate();
    world.tokenFor("ned", org.probationinspections.domain.account.Role.PROVIDER, "North East");
    String[] form = new String[3];
    JsonNode found = JSON.readTree(body(admin().get("/api/suggestions?region=North%20West"), 200));
    JsonNode members = found.get("groups").get(0).get("members");
    form[0] = "/reviews/" + found.get("reviewId").asText() + "/suggestions";
    form[1] = members.get(0).get("inspectionId").asText() + "#" + members.get(0).get("number");
    form[2] = members.get(1).get("inspectionId").asText() + "#" + members.get(1).get("number");
    web.anonymously(
        client -> {
          WebTestClient.Session ned = WebTestClient.signIn(client, "ned", TestWorld.ADMIN_PASSWORD);
          Response refused =
              WebTestClient.form(
                  client,
                  form[0],
                  ned.cookie(),
                  "_csrf",
                  ned.csrf(),
                  "verdict",
                  "ACCEPTED",
                  "region",
                  "North West",
                  "member",
                  form[1],
                  "member",
                  form[2]);
          assertEquals(403, refused.code(), "a refusal of the person, not of the form");
        });
  }

  @Test
  void suggestionsApi_groupsTheSameWordingAcrossPdus_andStoresADecision() throws Exception {
    addCheshireDuplicate();
    JsonNode found = northWestSuggestions(admin());
    JsonNode group = found.get("groups").get(0);
    assertEquals(2, group.get("members").size(), found.toString());
    assertTrue(group.get("sharedWords").toString().contains("police"), group.toString());
    String members = membersOf(group);
    JsonNode decided =
        JSON.readTree(
            body(
                admin()
                    .post(
                        decisionsPath(found),
                        "{\"members\":["
                            + members
                            + "],\"verdict\":\"ACCEPTED\",\"by\":\"Ann\",\"note\":\"item 3\"}"),
                200));
    JsonNode decision = decided.get("groups").get(0).get("decision");
    assertEquals("ACCEPTED", decision.get("verdict").asText());
    assertEquals("admin", decision.get("by").asText(), "the signed-in person, not the body's by");
    body(
        admin()
            .post(
                decisionsPath(found),
                "{\"members\":[" + members + "],\"verdict\":\"MAYBE\",\"by\":\"Ann\"}"),
        400);
  }

  @Test
  void suggestionsPage_listsGroupsWithAcceptAndReject_andShowsTheDecision() throws Exception {
    addCheshireDuplicate();
    String html = body(admin().get("/suggestions?region=North%20West"), 200);
    assertTrue(html.contains("Accept into one item"), html);
    String reviewId = html.replaceAll("(?s).*action=\"/reviews/([^/]+)/suggestions\".*", "$1");
    FormBody.Builder form = new FormBody.Builder();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("name=\"member\" value=\"([^\"]+)\"").matcher(html);
    int count = 0;
    while (m.find() && count < 2) {
      form.add("member", m.group(1).replace("&#35;", "#"));
      count++;
    }
    form.add("verdict", "REJECTED").add("by", "Bob").add("region", "North West").add("rank", "1");
    Response saved =
        send(
            admin(),
            new Request.Builder()
                .url(admin().getOrigin() + "/reviews/" + reviewId + "/suggestions")
                .post(form.build()));
    assertEquals(303, saved.code(), saved.body().string());
    assertTrue(
        body(admin().get("/suggestions?region=North%20West"), 200).contains("Rejected by admin"));
  }

  @Test
  void anAcceptedGroup_linksToThePlansAnswerFormsPage_withItsUnansweredRecommendationTicked()
      throws Exception {
    addCheshireDuplicate();
    JsonNode found = northWestSuggestions(admin());
    String members = membersOf(found.get("groups").get(0));
    body(
        admin()
            .post(
                decisionsPath(found),
                "{\"members\":["
                    + members
                    + "],\"verdict\":\"ACCEPTED\",\"by\":\"Ann\",\"note\":\"one item\"}"),
        200);

    String html = body(admin().get("/suggestions?region=North%20West"), 200);
    java.util.regex.Matcher link =
        java.util.regex.Pattern.compile("href=\"(/action-plans/[^\"]+)\">Answer them as one")
            .matcher(html);
    assertTrue(link.find(), html);
    String href = link.group(1).replace("&amp;", "&");
    assertTrue(href.startsWith("/action-plans/" + nw.plan.value() + "/items/new?answer="), href);

    String plan = body(admin().get(href), 200);
    String cheshire = nw.cheshireInspection.value() + "-2";
    java.util.regex.Matcher box =
        java.util.regex.Pattern.compile(
                "<input [^>]*type=\"checkbox\" id=\"answer-" + cheshire + "\"[^>]*>")
            .matcher(plan);
    assertTrue(box.find(), plan);
    assertTrue(box.group().contains("checked"), box.group());
    assertEquals(1, plan.split("checked").length - 1, "only the group's unanswered one");
  }

  /** A re-inspection of Knowsley in 2025 that repeats its 2023 domestic abuse recommendation. */
  private InspectionId reinspectKnowsley() {
    var id =
        world
            .services
            .recordInspection()
            .record(
                new org.probationinspections.application.inspection.port.in.RecordInspectionUseCase
                    .Command(
                    "Knowsley and St Helens",
                    new org.probationinspections.domain.framework.FrameworkId(
                        NorthWestFixture.FRAMEWORK),
                    java.time.LocalDate.of(2025, 2, 3),
                    java.util.Optional.empty(),
                    java.util.Optional.empty(),
                    java.util.OptionalInt.empty()));
    world
        .services
        .judgeStandard()
        .judge(
            new org.probationinspections.application.inspection.port.in.JudgeStandardUseCase
                .Command(id, "1.2", org.probationinspections.domain.framework.Rating.GOOD));
    recommend(
        id,
        AddresseeLevel.REGION,
        "North West",
        "ensure police information about domestic abuse is accessible to all practitioners");
    recommend(
        id,
        AddresseeLevel.PDU,
        "Knowsley and St Helens",
        "ensure unpaid work requirements start promptly");
    return id;
  }

  @Test
  void repeatsApi_linksARepeatToTheEarlierRecommendationAndItsPlanOutcome_andRatingsBeforeAfter()
      throws Exception {
    var id = reinspectKnowsley();
    JsonNode view =
        JSON.readTree(body(admin().get("/api/inspections/" + id.value() + "/repeats"), 200));
    assertEquals(nw.knowsleyInspection.value(), view.get("previousInspectionId").asText());
    assertEquals(1, view.get("repeats").size(), view.toString());
    JsonNode repeat = view.get("repeats").get(0);
    assertEquals(1, repeat.get("number").asInt());
    assertEquals(3, repeat.get("earlierNumber").asInt());
    assertEquals(nw.knowsleyInspection.value(), repeat.get("earlierInspectionId").asText());
    assertEquals("AGREED", repeat.get("outcome").get("response").asText());
    assertTrue(repeat.get("outcome").get("actions").asInt() >= 1);
    JsonNode staff = null;
    for (JsonNode s : view.get("standards")) {
      if (s.get("code").asText().equals("1.2")) {
        staff = s;
      }
    }
    assertEquals("REQUIRES_IMPROVEMENT", staff.get("before").asText());
    assertEquals("GOOD", staff.get("now").asText());
    assertEquals("BETTER", staff.get("change").asText());
  }

  @Test
  void inspectionPage_loadsTheRepeatsFragment_whichShowsTheLinkAndTheOutcome() throws Exception {
    var id = reinspectKnowsley();
    String page = body(admin().get("/inspections/" + id.value()), 200);
    assertTrue(page.contains("hx-get=\"/inspections/" + id.value() + "/repeats\""), page);
    String fragment =
        body(
            admin()
                .request(
                    "/inspections/" + id.value() + "/repeats", b -> b.header("HX-Request", "true")),
            200);
    assertFalse(fragment.contains("<html"), fragment);
    assertTrue(fragment.contains("Repeat:"), fragment);
    assertTrue(fragment.contains("recommendation 3 of 2023-04-17"), fragment);
    assertTrue(fragment.contains("Action plan:"), fragment);
    assertTrue(fragment.contains("better"), fragment);
  }

  @Test
  void planDue_saysWhenThePlanWasDueFromItsLetter_andWhetherItCameInOnTime() throws Exception {
    JsonNode due =
        JSON.readTree(body(admin().get("/api/action-plans/" + nw.plan.value() + "/due"), 200));
    assertEquals(42, due.get("dueDays").asInt());
    java.time.LocalDate letter = java.time.LocalDate.parse(due.get("letterDate").asText());
    java.time.LocalDate submitted = java.time.LocalDate.parse(due.get("submitted").asText());
    assertEquals(letter.plusDays(42).toString(), due.get("due").asText());
    assertEquals(!submitted.isAfter(letter.plusDays(42)), due.get("onTime").asBoolean());
    String fragment = body(admin().get("/action-plans/" + nw.plan.value() + "/due"), 200);
    assertTrue(fragment.contains("Plan due 42 days after the letter of " + letter), fragment);
    String plan = body(admin().get("/action-plans/" + nw.plan.value()), 200);
    assertTrue(plan.contains("hx-get=\"/action-plans/" + nw.plan.value() + "/due\""));
  }
}
