package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.json;
import static org.probationinspections.web.WebTestClient.problem;
import static org.probationinspections.web.WebTestClient.putJson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.domain.inspection.AddresseeLevel;

/** The REST API over the real use cases and the in-memory adapter. */
class ApiTest extends NorthWestWebTest {

  private static final ObjectMapper JSON = InterchangeJson.mapper();

  private String planPath() {
    return "/api/action-plans/" + nw.plan.value();
  }

  private String inspectionPath() {
    return "/api/inspections/" + nw.knowsleyInspection.value();
  }

  // refusals: each request, the status of its problem and what the problem names

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
registerRegion_blankName_is422NamingTheField | POST | /api/regions | {"name":" "} | 422 | field | name
registerRegion_unreadableJson_is400 | POST | /api/regions | {"name": | 400 | code | bad-request
registerRegion_noBody_is400 | POST | /api/regions | '' | 400 | code | bad-request
registerPdu_unknownRegion_is404 | POST | /api/pdus | {"region":"Atlantis","name":"X"} | 404 | code | not-found
addAlias_namingAnotherPdu_is409 | POST | /api/pdus/{cheshire}/aliases | {"alias":"Knowsley and St Helens"} | 409 | |
addAlias_unknownPdu_is404 | POST | /api/pdus/nope/aliases | {"alias":"X"} | 404 | |
listInspections_yearNotANumber_is400NamingTheParameter | GET | /api/inspections?year=last | | 400 | field | year
listInspections_negativeOffset_is422NamingTheField | GET | /api/inspections?offset=-1 | | 422 | field | offset
recordInspection_withoutPdu_is422NamingPdu | POST | /api/inspections | {"framework":"hmip-probation-pdu-2021","fieldworkStarted":"2025-01-13"} | 422 | field | pdu
recordInspection_malformedDate_is400NamingTheField | POST | /api/inspections | {"pdu":"Cheshire West","framework":"hmip-probation-pdu-2021","fieldworkStarted":"17/04/2023"} | 400 | field | fieldworkStarted
recordKeyQuestions_percentAbove100_is422NamingTheField | PUT | /api/inspections/{knowsley}/standards/2.2/key-questions | {"keyQuestions":[{"question":"a","percentYes":120}]} | 422 | field | keyQuestion.percentYes
judge_unknownRatingWord_is400NamingTheField | PUT | /api/inspections/{knowsley}/standards/1.2/judgement | {"rating":"SPLENDID"} | 400 | field | rating
addRecommendation_withoutText_is422NamingText | POST | /api/inspections/{knowsley}/recommendations | {"addressee":{"level":"PDU"}} | 422 | field | text
importInspection_notJson_is400 | POST | /api/inspections/import | pdu: Cumbria | 400 | |
importPlan_answeringARecommendationNoStoredInspectionHas_is422NamingTheItem | POST | /api/action-plans/import | {"region":"North West","submitted":"2024-06-01","items":[{"number":1,"answers":[{"pdu":"Knowsley and St Helens","recommendationNumber":99}],"response":"AGREED","actions":[]}]} | 422 | field | items[1].answers
getReview_unknown_is404 | GET | /api/reviews/none | | 404 | code | not-found
publishReview_withoutInspections_is422NamingTheField | POST | /api/reviews | {"region":"North West","date":"2024-02-01"} | 422 | field | inspections
getActionPlan_unknown_is404 | GET | /api/action-plans/none | | 404 | code | not-found
draftActionPlan_withoutSubmittedDate_is422 | POST | /api/action-plans | {"region":"North East"} | 422 | field | submitted
respond_withoutAnswers_is422NamingTheField | POST | /api/action-plans/{plan}/items | {"response":"AGREED"} | 422 | field | answers
addAction_withoutOwners_is422NamingOwners | POST | /api/action-plans/{plan}/items/2/actions | {"text":"Do it"} | 422 | field | owners
addAction_itemNotANumber_is400 | POST | /api/action-plans/{plan}/items/two/actions | {"text":"x","owners":["y"]} | 400 | field | n
reportProgress_withStaleExpectedVersion_is409 | POST | /api/action-plans/{plan}/items/1/actions/1/progress | {"status":"IN_PROGRESS","by":"Head of PDU","expectedVersion":1} | 409 | code | conflict
reportProgress_withoutReporter_is422NamingBy | POST | /api/action-plans/{plan}/items/1/actions/1/progress | {"status":"IN_PROGRESS"} | 422 | field | by
retarget_withoutReason_is422NamingReason | POST | /api/action-plans/{plan}/items/1/actions/1/target | {"target":"2024-06","by":"RPD"} | 422 | field | reason
retarget_malformedMonth_is400NamingTarget | POST | /api/action-plans/{plan}/items/1/actions/1/target | {"target":"June 2024","reason":"r","by":"RPD"} | 400 | field | target
overdueActions_malformedAsOf_is400 | GET | /api/overdue-actions?asOf=yesterday | | 400 | field | asOf
dashboard_unknownRegion_is404 | GET | /api/dashboard?region=Atlantis | | 404 | |
regionCharts_unknownRegion_is404 | GET | /api/regions/Atlantis/charts | | 404 | code | not-found
dashboard_unknownSortColumn_is400NamingSort | GET | /api/dashboard?sort=colour | | 400 | field | sort
dashboard_unknownOrder_is400NamingOrder | GET | /api/dashboard?sort=score&order=up | | 400 | field | order
unknownApiRoute_is404ProblemJson | GET | /api/nothing-here | | 404 | |
""")
  void refused(
      String name, String method, String path, String body, int status, String member, String value)
      throws Exception {
    problem(send(admin(), method, withIds(path), body), status, member, value);
  }

  // changes: each request, the status it answers with and members of the JSON it answers

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
"""
registerPdu_returns201AndTheView | POST | /api/pdus | {"region":"North East","name":"Gateshead and South Tyneside","aliases":["South Tyneside and Gateshead"]} | 201 | /region=North East
recordKeyQuestions_returnsTheComputedRating | PUT | /api/inspections/{cheshireInspection}/standards/2.5/key-questions | {"keyQuestions":[{"question":"a","percentYes":81},{"question":"b","percentYes":80}]} | 200 | /rating=OUTSTANDING
addRecommendation_returns201WithItsNumberAndAddressee | POST | /api/inspections/{knowsley}/recommendations | {"addressee":{"level":"REGION"},"text":"review staffing"} | 201 | /number=5;/addressee/name=North West
publishReview_returns201 | POST | /api/reviews | {"region":"North West","date":"2024-02-01","inspectionIds":["{cheshireInspection}"],"observations":[{"theme":"Staff","kind":"KEY_STRENGTH","text":"Committed staff"}]} | 201 | /region=North West
draftActionPlan_returns201 | POST | /api/action-plans | {"region":"North East","submitted":"2024-01-10"} | 201 | /region=North East
addAction_returns201WithTheAction | POST | /api/action-plans/{plan}/items/2/actions | {"text":"Publish workload figures","owners":["Head of PDU"],"target":"2024-06"} | 201 | /number=2;/status=PLANNED
retarget_keepsTheRevisionWithItsReason | POST | /api/action-plans/{plan}/items/1/actions/1/target | {"target":"2024-06","reason":"trainer unavailable","by":"RPD"} | 200 | /target=2024-06;/revisions/0/from=2023-09;/revisions/0/reason=trainer unavailable
""")
  void changed(String name, String method, String path, String body, int status, String members)
      throws Exception {
    JsonNode answer = json(send(admin(), method, withIds(path), withIds(body)), status);
    for (String member : members.split(";")) {
      String[] pointerAndValue = member.split("=", 2);
      assertEquals(pointerAndValue[1], answer.at(pointerAndValue[0]).asText(), member);
    }
  }

  /**
   * The text with the North West's ids in place of {cheshire}, {cheshireInspection}, {knowsley} and
   * {plan}.
   */
  private String withIds(String text) {
    return text.replace("{cheshire}", nw.cheshire.value())
        .replace("{cheshireInspection}", nw.cheshireInspection.value())
        .replace("{knowsley}", nw.knowsleyInspection.value())
        .replace("{plan}", nw.plan.value());
  }

  private static Response send(HttpClient client, String method, String path, String body)
      throws IOException {
    return switch (method) {
      case "GET" -> client.get(path);
      case "POST" -> client.post(path, body);
      case "PUT" -> putJson(client, path, body);
      default -> throw new IllegalArgumentException(method);
    };
  }

  // regions and PDUs

  @Test
  void listRegions_givesEveryRegionWithItsPduCount() throws Exception {
    JsonNode regions = json(admin().get("/api/regions"), 200);
    assertEquals(2, regions.size());
    assertTrue(regions.toString().contains("North West"));
  }

  @Test
  void registerRegion_returns201WithLocation() throws Exception {
    Response response = admin().post("/api/regions", "{\"name\":\"Wales\"}");
    assertTrue(response.header("Location").startsWith("/api/regions/"));
    assertEquals("Wales", json(response, 201).get("name").asText());
  }

  @Test
  void listPdus_byRegion_givesItsPdusWithAliases() throws Exception {
    JsonNode pdus = json(admin().get("/api/pdus?region=North%20West"), 200).get("items");
    assertEquals(2, pdus.size());
    assertTrue(pdus.toString().contains("Cheshire West"));
  }

  @Test
  void addAlias_teachesAnotherName() throws Exception {
    JsonNode pdu =
        json(
            admin()
                .post(
                    "/api/pdus/" + nw.cheshire.value() + "/aliases",
                    "{\"alias\":\"Chester and Ellesmere Port\"}"),
            200);
    assertTrue(pdu.get("aliases").toString().contains("Chester and Ellesmere Port"));
  }

  @Test
  void registerPdu_namedAsAnotherPdu_is409_andRegistersNothing() throws Exception {
    JsonNode refusal =
        problem(
            admin()
                .post(
                    "/api/pdus",
                    "{\"region\":\"North West\",\"name\":\"Wirral\","
                        + "\"aliases\":[\"Knowsley & St Helens PDU\"]}"),
            409,
            null,
            null);
    assertTrue(
        refusal.get("detail").asText().contains("already belongs to PDU Knowsley"),
        refusal.toString());
    assertEquals(2, json(admin().get("/api/pdus?region=North%20West"), 200).get("items").size());
  }

  // inspections

  @Test
  void listInspections_filtersAndPaginatesWithTotal() throws Exception {
    JsonNode page = json(admin().get("/api/inspections?region=North%20West&limit=1"), 200);
    assertEquals(2, page.get("total").asInt());
    assertEquals(1, page.get("items").size());
    JsonNode second = json(admin().get("/api/inspections?offset=1&limit=1&year=2023"), 200);
    assertEquals(1, second.get("items").size());
    JsonNode none = json(admin().get("/api/inspections?year=2019&latestOnly=true"), 200);
    assertEquals(0, none.get("total").asInt());
  }

  @Test
  void getInspection_givesTheInterchangeShapeWithComputedScore() throws Exception {
    JsonNode doc = json(admin().get(inspectionPath()), 200);
    assertEquals("Knowsley and St Helens", doc.get("pdu").asText());
    assertEquals("2023-04-17", doc.get("fieldworkStarted").asText());
    assertEquals("2023-06", doc.get("published").asText());
    assertEquals(2, doc.get("score").asInt());
    assertEquals(24, doc.get("maxScore").asInt());
    assertEquals("INADEQUATE", doc.get("overallRating").asText());
    assertEquals(4, doc.get("recommendations").size());
  }

  @Test
  void getInspection_carriesAnEntityTag_answers304ToIt_andANewOneOnceTheInspectionChanges()
      throws Exception {
    Response first = admin().get(inspectionPath());
    String firstBody = first.body().string();
    String tag = first.header("ETag");
    assertNotNull(tag, "the first read carries an entity tag");
    assertEquals("private, no-cache", first.header("Cache-Control"));
    // The second read keeps the JSON, the third is served from what was kept.
    for (int read = 2; read <= 3; read++) {
      Response again = admin().get(inspectionPath());
      assertEquals(firstBody, again.body().string(), "read " + read);
      assertEquals(tag, again.header("ETag"));
    }

    Response unchanged =
        admin().request(inspectionPath(), builder -> builder.header("If-None-Match", tag));
    assertEquals(304, unchanged.code());
    assertEquals("", unchanged.body().string());
    assertEquals(tag, unchanged.header("ETag"));
    Response weakInAList =
        admin()
            .request(
                inspectionPath(),
                builder -> builder.header("If-None-Match", "\"other\", W/" + tag));
    assertEquals(304, weakInAList.code());

    // A change made through another way in (another process, the CLI) is seen at once.
    world
        .services
        .addRecommendation()
        .add(
            new AddRecommendationUseCase.Command(
                nw.knowsleyInspection, AddresseeLevel.PDU, "", "review case allocation"));
    Response changed =
        admin().request(inspectionPath(), builder -> builder.header("If-None-Match", tag));
    JsonNode doc = json(changed, 200);
    assertEquals(5, doc.get("recommendations").size());
    assertNotEquals(tag, changed.header("ETag"));
    assertEquals(doc, JSON.readTree(admin().get(inspectionPath()).body().string()));
  }

  @Test
  void getInspection_asAtADayBeforeIt_is404_evenWhileItsJsonIsKept() throws Exception {
    assertEquals(200, admin().get(inspectionPath()).code());
    assertEquals(200, admin().get(inspectionPath()).code());
    Response past = admin().get(inspectionPath() + "?asOf=2000-01-01");
    assertEquals(404, past.code(), "the inspection was not recorded yet on that day");
  }

  @Test
  void getInspection_unknownId_is404ProblemNamingIt() throws Exception {
    JsonNode problem = problem(admin().get("/api/inspections/missing"), 404, "code", "not-found");
    assertTrue(problem.get("detail").asText().contains("missing"));
  }

  @Test
  void recordInspection_returns201AndTheNewRecord() throws Exception {
    Response response =
        admin()
            .post(
                "/api/inspections",
                "{\"pdu\":\"Knowsley & St Helens\",\"framework\":\"hmip-probation-pdu-2021\","
                    + "\"fieldworkStarted\":\"2025-01-13\",\"casesInspected\":40}");
    JsonNode doc = json(response, 201);
    assertEquals("Knowsley and St Helens", doc.get("pdu").asText());
    assertEquals(response.header("Location"), "/api/inspections/" + doc.get("id").asText());
  }

  @Test
  void recordKeyQuestions_forAJudgedStandard_is422NamingTheRule() throws Exception {
    JsonNode problem =
        problem(
            putJson(
                admin(),
                inspectionPath() + "/standards/1.1/key-questions",
                "{\"keyQuestions\":[{\"question\":\"a\",\"percentYes\":50}]}"),
            422,
            null,
            null);
    assertTrue(problem.has("rule") || problem.has("field"), problem.toString());
  }

  @Test
  void judgeLeadershipGood_whenCaseSupervisionIsInadequate_is422NamingTheRule() throws Exception {
    JsonNode problem =
        problem(
            putJson(
                admin(), inspectionPath() + "/standards/1.1/judgement", "{\"rating\":\"GOOD\"}"),
            422,
            "code",
            "rule-broken");
    assertTrue(problem.get("rule").asText().startsWith("leadership-"), problem.toString());
  }

  @Test
  void judgeStaff_records() throws Exception {
    json(
        putJson(admin(), inspectionPath() + "/standards/1.2/judgement", "{\"rating\":\"GOOD\"}"),
        200);
    JsonNode doc = json(admin().get(inspectionPath()), 200);
    assertTrue(
        doc.get("standards")
            .toString()
            .contains("\"code\":\"1.2\",\"name\":\"Staff\",\"rating\":\"GOOD\""));
  }

  @Test
  void importInspection_createsThenFindsItUnchanged() throws Exception {
    String doc =
        "{\"pdu\":\"Cumbria\",\"region\":\"North West\",\"framework\":\"hmip-probation-pdu-2021\","
            + "\"fieldworkStarted\":\"2023-10-02\",\"published\":\"2024-01\",\"someFutureField\":1,"
            + "\"standards\":[{\"code\":\"1.2\",\"name\":\"Staff\",\"publishedRating\":\"GOOD\"}]}";
    JsonNode first = json(admin().post("/api/inspections/import", doc), 201);
    assertEquals("CREATED", first.get("effect").asText());
    JsonNode again = json(admin().post("/api/inspections/import", doc), 200);
    assertFalse(again.get("effect").asText().equals("CREATED"));
  }

  @Test
  void importInspection_again_withARecommendationWithoutText_is422_notA500() throws Exception {
    String head =
        "{\"pdu\":\"Cumbria\",\"region\":\"North West\",\"framework\":\"hmip-probation-pdu-2021\","
            + "\"fieldworkStarted\":\"2023-10-02\",\"recommendations\":[{\"number\":1,"
            + "\"addressee\":{\"level\":\"PDU\",\"name\":\"Cumbria\"}";
    json(admin().post("/api/inspections/import", head + ",\"text\":\"review caseloads\"}]}"), 201);
    problem(admin().post("/api/inspections/import", head + "}]}"), 422, "field", "text");
  }

  @Test
  void importReview_ofStoredInspections_createsIt_thenFindsItUnchanged() throws Exception {
    String doc =
        "{\"region\":\"North West\",\"date\":\"2024-05-01\",\"inspectionIds\":[\""
            + nw.knowsleyInspection.value()
            + "\"],\"observations\":[{\"theme\":\"Staff\",\"kind\":\"KEY_STRENGTH\","
            + "\"text\":\"Staff feel supported.\"}]}";
    JsonNode first = json(admin().post("/api/reviews/import", doc), 201);
    assertEquals("CREATED", first.get("effect").asText());
    assertEquals(
        "UNCHANGED", json(admin().post("/api/reviews/import", doc), 200).get("effect").asText());
  }

  // regional reviews

  @Test
  void reviews_listAndGetTheRegionalLetter() throws Exception {
    JsonNode reviews = json(admin().get("/api/reviews?region=North%20West"), 200).get("items");
    assertEquals(1, reviews.size());
    JsonNode review = json(admin().get("/api/reviews/" + nw.review.value()), 200);
    assertEquals("2023-07-20", review.get("date").asText());
    assertEquals(2, review.get("inspectionIds").size());
  }

  // action plans

  @Test
  void actionPlans_listWithProgressAndGetOne() throws Exception {
    JsonNode plans = json(admin().get("/api/action-plans?region=North%20West"), 200).get("items");
    assertEquals(1, plans.size());
    assertEquals(3, plans.get(0).get("progress").get("overdue").asInt());
    JsonNode plan = json(admin().get(planPath()), 200);
    assertEquals(5, plan.get("items").size());
    assertEquals("2023-08-29", plan.get("submitted").asText());
    JsonNode firstAction = plan.get("items").get(0).get("actions").get(0);
    assertEquals("2023-09", firstAction.get("target").asText());
    assertTrue(firstAction.get("daysOverdue").asLong() > 150);
  }

  @Test
  void respond_addsAnItemAnsweringARecommendation() throws Exception {
    admin()
        .post(
            inspectionPath() + "/recommendations",
            "{\"addressee\":{\"level\":\"PDU\"},\"text\":\"improve reviewing\"}");
    JsonNode item =
        json(
            admin()
                .post(
                    planPath() + "/items",
                    "{\"answers\":[{\"inspectionId\":\""
                        + nw.knowsleyInspection.value()
                        + "\",\"recommendationNumber\":5}],\"response\":\"AGREED\"}"),
            201);
    assertEquals(6, item.get("number").asInt());
  }

  @Test
  void reportProgress_storesTheStatus() throws Exception {
    JsonNode action =
        json(
            admin()
                .post(
                    planPath() + "/items/1/actions/1/progress",
                    "{\"status\":\"COMPLETED\",\"note\":\"All trained\",\"by\":\"Head of PDU\"}"),
            200);
    assertEquals("COMPLETED", action.get("status").asText());
    assertFalse(action.has("daysOverdue"));
    assertEquals("All trained", action.get("progress").get(0).get("note").asText());
  }

  @Test
  void reportProgress_onAMissingAction_isRefused() throws Exception {
    Response response =
        admin()
            .post(
                planPath() + "/items/1/actions/9/progress",
                "{\"status\":\"IN_PROGRESS\",\"by\":\"x\"}");
    int status = response.code();
    problem(response, status, null, null);
    assertTrue(status == 404 || status == 422, "status " + status);
  }

  // overdue, dashboard, documentation, failures

  @Test
  void overdueActions_mostOverdueFirst() throws Exception {
    JsonNode overdue =
        json(admin().get("/api/overdue-actions?region=North%20West"), 200).get("items");
    assertEquals(3, overdue.size());
    assertEquals("2023-09", overdue.get(0).get("target").asText());
  }

  @Test
  void dashboard_givesHeatmapRowsAndActionCounts() throws Exception {
    JsonNode dashboard = json(admin().get("/api/dashboard?region=North%20West&year=2023"), 200);
    assertEquals(2, dashboard.get("rows").size());
    assertEquals(1, dashboard.get("actions").get("done").asInt());
    assertEquals(3, dashboard.get("actions").get("overdue").asInt());
  }

  @Test
  void dashboard_sortsItsRowsAsTheDashboardsColumnsSort() throws Exception {
    java.util.List<String> byPdu =
        pdus(json(admin().get("/api/dashboard?sort=pdu&order=asc"), 200));
    java.util.List<String> byPduDown =
        pdus(json(admin().get("/api/dashboard?sort=pdu&order=desc"), 200));

    assertTrue(byPdu.size() > 1, byPdu.toString());
    assertEquals(byPdu.stream().sorted().toList(), byPdu);
    assertEquals(byPdu.stream().sorted(java.util.Comparator.reverseOrder()).toList(), byPduDown);
  }

  private static java.util.List<String> pdus(JsonNode dashboard) {
    java.util.List<String> pdus = new java.util.ArrayList<>();
    dashboard.get("rows").forEach(row -> pdus.add(row.get("pdu").asText()));
    return pdus;
  }

  @Test
  void dashboardCharts_countEachRating_byRegionYearAndStandard() throws Exception {
    JsonNode charts = json(admin().get("/api/dashboard/charts?region=North%20West"), 200);

    assertEquals(1, charts.get("regions").asInt());
    assertEquals("North West", charts.get("byRegion").get(0).get("label").asText());
    int latest = 0;
    for (var count :
        (Iterable<JsonNode>) () -> charts.get("byRegion").get(0).get("counts").elements()) {
      latest += count.asInt();
    }
    assertEquals(
        json(admin().get("/api/dashboard?region=North%20West"), 200).get("rows").size(), latest);
    assertTrue(charts.get("byYear").size() > 0);
    assertTrue(charts.get("byStandard").size() > 0);
  }

  @Test
  void regionCharts_countTheRegionsOverdueActionsByMonth_andItsRecommendationsByTheme()
      throws Exception {
    JsonNode charts = json(admin().get("/api/regions/" + nw.region.value() + "/charts"), 200);

    assertEquals("North West", charts.get("region").asText());
    assertEquals(TestWorld.TODAY.toString(), charts.get("asOf").asText());
    assertEquals(1, charts.get("plans").asInt());
    java.util.List<String> months = new java.util.ArrayList<>();
    charts
        .get("overdue")
        .forEach(m -> months.add(m.get("month").asText() + " " + m.get("overdue").asInt()));
    assertEquals(
        java.util.List.of(
            "2023-08 0",
            "2023-09 0",
            "2023-10 1",
            "2023-11 2",
            "2023-12 3",
            "2024-01 4",
            "2024-02 4",
            "2024-03 3"),
        months);
    JsonNode themes = charts.get("themes");
    assertTrue(themes.size() > 0, charts.toString());
    int previous = Integer.MAX_VALUE;
    for (JsonNode theme : themes) {
      int count = theme.get("recommendations").asInt();
      assertTrue(count > 0 && count <= previous, charts.toString());
      assertTrue(count <= charts.get("recommendations").asInt(), charts.toString());
      previous = count;
    }
    assertEquals(
        charts.toString(), json(admin().get("/api/regions/North%20West/charts"), 200).toString());
  }

  @Test
  void openApi_describesEveryRoute() throws Exception {
    JsonNode doc = json(admin().get("/api/openapi.json"), 200);
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    for (String path :
        new String[] {
          "/api/regions",
          "/api/pdus",
          "/api/pdus/{id}/aliases",
          "/api/inspections",
          "/api/inspections/{id}",
          "/api/inspections/import",
          "/api/inspections/{id}/standards/{code}/key-questions",
          "/api/inspections/{id}/standards/{code}/judgement",
          "/api/inspections/{id}/recommendations",
          "/api/reviews",
          "/api/reviews/{id}",
          "/api/action-plans",
          "/api/action-plans/{id}",
          "/api/action-plans/{id}/items",
          "/api/action-plans/{id}/items/{n}/actions",
          "/api/action-plans/{id}/items/{n}/actions/{k}/progress",
          "/api/action-plans/{id}/items/{n}/actions/{k}/target",
          "/api/overdue-actions",
          "/api/dashboard",
          "/api/dashboard/charts",
          "/api/regions/{id}/charts"
        }) {
      assertTrue(doc.get("paths").has(path), path);
    }
  }

  @Test
  void unexpectedFailure_is500ShowingOnlyAnErrorId() throws Exception {
    world = new TestWorld();
    WebApp failing =
        new WebApp(
            // The failure comes from below the use cases: rebuilding a past day breaks.
            new AsAtViews(
                TestWorld.useCases(world.services),
                TestWorld.insight(world.insight),
                (date, record) -> {
                  throw new IllegalStateException("database password is hunter2");
                }),
            new org.probationinspections.web.security.SecurityUseCases(
                world.services.signIn(),
                world.services.identify(),
                world.services.listAuditTrail()),
            new org.probationinspections.persistence.memory.InMemorySessions(),
            world.actor,
            org.probationinspections.web.security.WebSettings.defaults());
    JavalinTest.test(
        failing.create(),
        TestWorld.as(world.adminToken),
        (server, client) -> {
          Response response = client.get("/api/regions?asOf=2024-01-01");
          String body = response.body().string();
          assertEquals(500, response.code());
          assertTrue(response.header("Content-Type").startsWith("application/problem+json"));
          assertFalse(body.contains("hunter2"), body);
          JsonNode problem = JSON.readTree(body);
          assertTrue(problem.get("detail").asText().contains(problem.get("errorId").asText()));
        });
  }
}
