package org.probationinspections.cli.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.cli.testing.RouteTable;

/**
 * A well-formed request for each write route of the product, aimed at the seeds' North West
 * records: the JSON body an API client sends, or the form a page posts. The routes come from the
 * route table ({@link Served#writeRoutes()}); only the bodies are written here, since a route's
 * body cannot be read from its path. A route added later with no body here gets an empty one (and
 * the report says so).
 */
record WriteRequests(
    World.Ids ids,
    String suggestionMembersJson,
    String suggestionMembersForm,
    String inspectionDocument,
    String reviewDocument,
    String planDocument,
    String seedReport) {

  /** A request: its path with the ids filled in, its content type and body. */
  record Call(String method, String path, String contentType, byte[] body, boolean form) {

    /** The same request with another body, sent as {@code contentType}. */
    Call withBody(String contentType, byte[] body) {
      return new Call(method, path, contentType, body, form);
    }

    /** Sends the request to {@code server} as {@code who}. */
    Http.Answer send(Http http, Served server, Http.Credentials who) {
      return http.send(method, server.uri(path), who, contentType, body, form);
    }
  }

  /** Reads what the bodies need (documents, a suggested group) from the server, as an admin. */
  static WriteRequests read(
      Served server, Http http, Http.Credentials admin, World.Ids ids, String seedReport)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode suggestions =
        json.readTree(http.get(server.uri("/api/suggestions?region=North%20West"), admin).body());
    ArrayNode members = json.createArrayNode();
    List<String> formMembers = new ArrayList<>();
    for (JsonNode member : suggestions.path("groups").path(0).path("members")) {
      String inspectionId = member.path("inspectionId").asText();
      int number = member.path("number").asInt();
      members.addObject().put("inspectionId", inspectionId).put("recommendationNumber", number);
      formMembers.add(inspectionId + "#" + number);
    }
    return new WriteRequests(
        ids,
        members.toString(),
        String.join("\u001F", formMembers),
        http.get(server.uri("/api/inspections/" + ids.inspectionId()), admin).body(),
        http.get(server.uri("/api/reviews/" + ids.reviewId()), admin).body(),
        http.get(server.uri("/api/action-plans/" + ids.planId()), admin).body(),
        seedReport);
  }

  /** The request for {@code route}, or empty when this catalogue has no body for it. */
  Optional<Call> forRoute(RouteTable.Route route) {
    String path = fill(route.path());
    String key = route.toString();
    Optional<String> json = json(key);
    if (json.isPresent()) {
      return Optional.of(
          new Call(
              route.method(),
              path,
              "application/json",
              json.get().getBytes(StandardCharsets.UTF_8),
              false));
    }
    if (key.equals("POST /api/documents")) {
      return Optional.of(
          new Call(
              "POST",
              path + "?name=cheshire-west-pdu-report-2023.txt",
              "text/plain; charset=utf-8",
              seedReport.getBytes(StandardCharsets.UTF_8),
              false));
    }
    if (key.equals("POST /import")) {
      return Optional.of(multipart(path, "cheshire-west-pdu-report-2023.txt", seedReport));
    }
    Optional<Map<String, String>> form = form(key);
    return form.map(
        fields ->
            new Call(
                "POST",
                path,
                "application/x-www-form-urlencoded",
                Http.encode(fields).getBytes(StandardCharsets.UTF_8),
                true));
  }

  /** An empty body for a route the catalogue does not know. */
  Call empty(RouteTable.Route route) {
    String path = fill(route.path());
    return route.api()
        ? new Call(route.method(), path, "application/json", "{}".getBytes(), false)
        : new Call(route.method(), path, "application/x-www-form-urlencoded", new byte[0], true);
  }

  String fill(String route) {
    return route
        .replace("/flags/{id}", "/flags/" + ids.flagId())
        .replace("{flag}", ids.flagId())
        .replace("/regions/{id}", "/regions/" + ids.regionId())
        .replace("/pdus/{id}", "/pdus/" + ids.pduId())
        .replace("/inspections/{id}", "/inspections/" + ids.inspectionId())
        .replace("/reviews/{id}", "/reviews/" + ids.reviewId())
        .replace("/action-plans/{id}", "/action-plans/" + ids.planId())
        .replace("{code}", "2.2")
        .replace("{n}", "1")
        .replace("{k}", "1");
  }

  private Optional<String> json(String route) {
    String body =
        switch (route) {
          case "POST /api/regions" -> "{\"name\":\"Probe Region\"}";
          case "POST /api/pdus" -> "{\"region\":\"North West\",\"name\":\"Probe PDU\"}";
          case "POST /api/pdus/{id}/aliases" -> "{\"alias\":\"Probe Alias\"}";
          case "POST /api/inspections" ->
              "{\"pdu\":\"Cheshire West\",\"framework\":\"hmip-probation-pdu-2021\","
                  + "\"fieldworkStarted\":\"2024-01-08\",\"casesInspected\":40}";
          case "PUT /api/inspections/{id}/standards/{code}/key-questions" ->
              "{\"keyQuestions\":[{\"question\":\"a\",\"percentYes\":81},"
                  + "{\"question\":\"b\",\"percentYes\":80}]}";
          case "PUT /api/inspections/{id}/standards/{code}/judgement" -> "{\"rating\":\"GOOD\"}";
          case "POST /api/inspections/{id}/recommendations" ->
              "{\"addressee\":{\"level\":\"PDU\"},\"text\":\"improve reviewing\"}";
          case "PUT /api/inspections/{id}/recommendations/{n}/themes" ->
              "{\"themes\":[\"enforcement\"],\"note\":\"probe\"}";
          case "DELETE /api/inspections/{id}/recommendations/{n}/themes" -> "";
          case "POST /api/reviews" ->
              "{\"region\":\"North West\",\"date\":\"2024-05-01\",\"inspectionIds\":[\""
                  + ids.inspectionId()
                  + "\"]}";
          case "POST /api/reviews/{id}/suggestions/decisions" ->
              "{\"members\":" + suggestionMembersJson + ",\"verdict\":\"ACCEPTED\"}";
          case "POST /api/action-plans" ->
              "{\"region\":\"North West\",\"submitted\":\"2024-06-01\"}";
          case "POST /api/action-plans/{id}/items" ->
              "{\"answers\":[{\"inspectionId\":\""
                  + ids.inspectionId()
                  + "\",\"recommendationNumber\":1}],\"response\":\"AGREED\"}";
          case "POST /api/action-plans/{id}/items/{n}/actions" ->
              "{\"text\":\"Publish workload figures\",\"owners\":[\"Head of PDU\"],"
                  + "\"target\":\"2024-09\",\"status\":\"PLANNED\"}";
          case "POST /api/action-plans/{id}/items/{n}/actions/{k}/progress" ->
              "{\"status\":\"IN_PROGRESS\",\"note\":\"probe\",\"by\":\"Head of PDU\"}";
          case "POST /api/action-plans/{id}/items/{n}/actions/{k}/target" ->
              "{\"target\":\"2024-06\",\"reason\":\"trainer unavailable\",\"by\":\"RPD\"}";
          case "POST /api/action-plans/{id}/items/{n}/follow-up" ->
              "{\"judgement\":\"SUFFICIENT\",\"note\":\"probe\",\"close\":false}";
          case "POST /api/flags/{id}/resolution" ->
              "{\"outcome\":\"CONFIRMED\",\"note\":\"probe\"}";
          case "POST /api/inspections/import" -> inspectionDocument;
          case "POST /api/reviews/import" -> reviewDocument;
          case "POST /api/action-plans/import" -> planDocument;
          default -> null;
        };
    return Optional.ofNullable(body);
  }

  private Optional<Map<String, String>> form(String route) {
    Map<String, String> fields =
        switch (route) {
          case "POST /login" -> fields("username=nobody", "password=wrong", "next=/");
          case "POST /logout" -> fields();
          case "POST /regions" -> fields("name=Probe Region Page");
          case "POST /pdus" -> fields("name=Probe PDU Page", "region=North West");
          case "POST /pdus/{id}/inspections" ->
              fields("framework=hmip-probation-pdu-2021", "fieldworkStarted=2024-02-05");
          case "POST /inspections/{id}/key-questions" ->
              fields("standard=2.2", "question1=a", "percent1=70");
          case "POST /inspections/{id}/judgement" -> fields("standard=1.1", "rating=GOOD");
          case "POST /inspections/{id}/recommendations" ->
              fields("level=PDU", "text=probe recommendation");
          case "POST /inspections/{id}/recommendations/{n}/themes" ->
              fields("theme=enforcement", "note=probe");
          case "POST /regions/{id}/reviews" ->
              fields("date=2024-05-02", "inspection=" + ids.inspectionId());
          case "POST /reviews/{id}/suggestions" ->
              fields(
                  "verdict=REJECTED",
                  "by=Head of PDU",
                  "region=North West",
                  "member=" + suggestionMembersForm);
          case "POST /regions/{id}/action-plans" ->
              fields("review=" + ids.reviewId(), "submitted=2024-06-02");
          case "POST /action-plans/{id}/items" ->
              fields("answer=" + ids.inspectionId() + "#2", "response=AGREED");
          case "POST /action-plans/{id}/actions" ->
              fields(
                  "item=1",
                  "text=probe action",
                  "owners=Head of PDU",
                  "target=2024-09",
                  "status=PLANNED");
          case "POST /action-plans/{id}/items/{n}/actions/{k}/status" ->
              fields("status=IN_PROGRESS", "note=probe", "by=Head of PDU");
          case "POST /action-plans/{id}/targets" ->
              fields("action=1.1", "target=2024-07", "reason=probe", "by=RPD");
          case "POST /action-plans/{id}/items/{n}/follow-up" ->
              fields("judgement=SUFFICIENT", "note=probe");
          case "POST /inspections/{id}/flags/{flag}",
              "POST /regions/{id}/flags/{flag}",
              "POST /action-plans/{id}/flags/{flag}" ->
              fields("flag=" + ids.flagId(), "outcome=CONFIRMED", "note=probe");
          default -> null;
        };
    return Optional.ofNullable(fields);
  }

  /** A form's fields in order, each given as {@code name=value}. */
  private static Map<String, String> fields(String... fields) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String field : fields) {
      int equals = field.indexOf('=');
      form.put(field.substring(0, equals), field.substring(equals + 1));
    }
    return form;
  }

  /** A page's upload form: one file in the field {@code documents}, as a browser sends it. */
  static Call multipart(String path, String fileName, String content) {
    String boundary = "----probe" + Long.toHexString(content.hashCode());
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: text/plain\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return new Call(
        "POST",
        path,
        "multipart/form-data; boundary=" + boundary,
        body.getBytes(StandardCharsets.UTF_8),
        false); // the CSRF token goes in its header, as the page's script sends it
  }
}
