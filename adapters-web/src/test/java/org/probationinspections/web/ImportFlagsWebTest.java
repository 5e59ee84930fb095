package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.json;
import static org.probationinspections.web.WebTestClient.page;
import static org.probationinspections.web.WebTestClient.postJson;
import static org.probationinspections.web.WebTestClient.redirect;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.importing.port.in.ImportPublishedDocumentUseCase;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.domain.account.Role;

/**
 * The flags of an import on the API and the pages: listed open, shown on the record's page with
 * file, line and reason, resolved by the inspectorate (a form on the page, or the API), not by a
 * provider nor a reader.
 */
class ImportFlagsWebTest extends NorthWestWebTest {

  private String inspection;

  /** The seed report without its number of cases, imported: one flag on its inspection. */
  @BeforeEach
  void importAReportWithoutItsNumberOfCases() throws Exception {
    String text = Seeds.text(Seeds.REPORT);
    assertTrue(text.contains("We inspected 34 cases"));
    inspection =
        world
            .services
            .importPublishedDocument()
            .importDocument(
                new ImportPublishedDocumentUseCase.Command(
                    "no-cases.txt",
                    text.replaceFirst(Pattern.quote("We inspected 34 cases"), "We inspected cases")
                        .getBytes(StandardCharsets.UTF_8),
                    false))
            .outcome()
            .recordId();
  }

  private static JsonNode casesFlag(JsonNode listing) {
    for (JsonNode flag : listing.get("items")) {
      if (flag.get("reason").asText().contains("how many cases were inspected")) {
        return flag;
      }
    }
    throw new AssertionError("no flag about the number of cases: " + listing);
  }

  @Test
  void openFlags_andARecordsFlags_areListed_withFileLineAndReason() throws Exception {
    JsonNode open = casesFlag(json(admin().get("/api/flags"), 200));
    assertEquals("no-cases.txt", open.get("file").asText());
    assertEquals(107, open.get("line").asInt());
    assertEquals("inspection", open.get("recordKind").asText());
    assertEquals(inspection, open.get("recordId").asText());
    assertTrue(open.get("open").asBoolean());
    casesFlag(json(admin().get("/api/flags?inspection=" + inspection), 200));
    assertEquals(400, admin().get("/api/flags?limit=0").code());
  }

  @Test
  void anInspector_resolvesAFlagThroughTheApi_once_providersAndReadersMayNot() throws Exception {
    String flag = casesFlagId();
    String body = "{\"outcome\":\"CONFIRMED\",\"note\":\"not in the report\"}";
    web.as(
        world.tokenFor("rita", Role.READER),
        client -> assertEquals(403, postJson(client, resolution(flag), body).code()));
    web.as(
        world.tokenFor("pat", Role.PROVIDER, "North West"),
        client -> assertEquals(403, postJson(client, resolution(flag), body).code()));
    web.as(
        world.tokenFor("ian", Role.INSPECTOR),
        client -> {
          JsonNode resolved = json(postJson(client, resolution(flag), body), 200);
          assertEquals("confirmed", resolved.get("resolution").asText());
          assertEquals("ian", resolved.get("resolvedBy").asText());
          assertEquals(409, postJson(client, resolution(flag), body).code());
          assertEquals(400, postJson(client, resolution(flag), "{\"outcome\":\"MAYBE\"}").code());
          assertTrue(client.get("/api/audit?type=flag&id=" + flag).body().string().contains("ian"));
        });
  }

  @Test
  void theInspectionPage_showsItsFlags_andTheFormBesideOneResolvesIt() throws Exception {
    String flag = casesFlagId();
    page(
        admin().get("/inspections/" + inspection),
        200,
        "Flags: what the import guessed",
        "no-cases.txt",
        "line 107",
        "how many cases were inspected",
        "action=\"/inspections/" + inspection + "/flags/" + flag + "\"");
    var elsewhere =
        WebTestClient.form(
            admin(),
            "/inspections/" + nw.knowsleyInspection.value() + "/flags/" + flag,
            null,
            "flag",
            flag,
            "outcome",
            "CONFIRMED");
    assertTrue(elsewhere.code() >= 400, "not a flag of that inspection: " + elsewhere);
    String back =
        redirect(
            WebTestClient.form(
                admin(),
                "/inspections/" + inspection + "/flags/" + flag,
                null,
                "flag",
                flag,
                "outcome",
                "CORRECTED",
                "note",
                "34 cases, from the annexe"),
            303);
    assertEquals("/inspections/" + inspection + "#import-flags", back);
    page(
        admin().get("/inspections/" + inspection),
        200,
        "corrected by admin",
        "34 cases, from the annexe");
    page(admin().get("/import"), 200);
  }

  @Test
  void theImportPage_listsTheOpenFlags_linkedToTheirRecords() throws Exception {
    page(
        admin().get("/import"),
        200,
        "Open flags",
        "href=\"/inspections/" + inspection + "#import-flags\"",
        "how many cases were inspected");
  }

  private String casesFlagId() {
    return world.services.listFlags().open(500).stream()
        .filter(f -> f.reason().contains("how many cases were inspected"))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static String resolution(String flag) {
    return "/api/flags/" + flag + "/resolution";
  }
}
