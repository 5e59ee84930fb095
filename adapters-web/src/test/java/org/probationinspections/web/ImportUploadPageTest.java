package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.send;

import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.testing.Seeds;

/**
 * The import page takes what the command line takes: JSON written by export and the published
 * record of outcomes, besides published documents, one file or many at once; each file says what it
 * stored with links to the records, and a dry run says what it would store, with no made-up ids,
 * and stores nothing.
 */
class ImportUploadPageTest extends NorthWestWebTest {

  /** A file to upload: its name and content. */
  private record Upload(String name, byte[] content) {
    static Upload of(String name, String text) {
      return new Upload(name, text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Response upload(boolean dryRun, Upload... files) throws IOException {
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM);
    for (Upload file : files) {
      body.addFormDataPart(
          "documents",
          file.name(),
          RequestBody.create(file.content(), MediaType.get("application/octet-stream")));
    }
    if (dryRun) {
      body.addFormDataPart("dryRun", "true");
    }
    HttpClient client = admin();
    return send(
        client, new Request.Builder().url(client.getOrigin() + "/import").post(body.build()));
  }

  /** The North West as the command line's export writes it: inspections, letters and plans. */
  private Upload northWestExport() throws IOException {
    List<Object> documents = new ArrayList<>();
    documents.addAll(world.services.exportInspections().export(Optional.empty(), Optional.empty()));
    documents.addAll(world.services.listRegionalReviews().list(Optional.empty()));
    documents.addAll(world.services.exportActionPlans().export(Optional.empty()));
    return new Upload("north-west.json", InterchangeJson.mapper().writeValueAsBytes(documents));
  }

  private int storedInspections() {
    return world.services.exportInspections().export(Optional.empty(), Optional.empty()).size();
  }

  @Test
  void aJsonExport_isStoredWithALinkToEachRecord_andItsDryRunStoresNothing() throws Exception {
    Upload export = northWestExport();
    int inspections = storedInspections();
    world = new TestWorld(); // an empty database takes the export

    String dry = WebTestClient.page(upload(true, export), 200, "Dry run: nothing stored");
    assertTrue(dry.contains("would import a new inspection (dry run)"), dry);
    assertTrue(dry.contains("would import a new action plan (dry run)"), dry);
    assertFalse(dry.contains("href=\"/inspections/"), "a dry run links to no record: " + dry);
    assertEquals(0, storedInspections(), "a dry run stores nothing");

    String stored = WebTestClient.page(upload(false, export), 200, "imported inspection");
    assertEquals(inspections, storedInspections());
    Matcher link = Pattern.compile("href=\"(/inspections/[^\"]+)\"").matcher(stored);
    assertTrue(link.find(), stored);
    WebTestClient.page(admin().get(link.group(1)), 200, "Cheshire West");
    assertTrue(stored.contains("imported action plan"), stored);
  }

  @Test
  void thePublishedRecord_withADocumentBesideIt_isStoredRowByRow_foldedUnderItsCount()
      throws Exception {
    world = new TestWorld();
    byte[] record = Files.readAllBytes(Seeds.besideTheSeeds("data", "published-outcomes.json"));
    Upload outcomes = new Upload("published-outcomes.json", record);
    Upload report = Upload.of(Seeds.REPORT, Seeds.text(Seeds.REPORT));

    String dry = WebTestClient.page(upload(true, report, outcomes), 200, "56 published outcomes;");
    assertTrue(dry.contains("would import a new published outcome (dry run)"), dry);
    assertEquals(0, storedInspections());

    String page =
        WebTestClient.page(
            upload(false, report, outcomes), 200, "56 published outcomes;", "56 records");
    assertTrue(page.contains("imported published outcome"), page);
    assertTrue(page.contains("imported PDU report"), "the report beside the record: " + page);
    assertTrue(storedInspections() >= 56, "every outcome stored");
  }

  @Test
  void aDryRunOfAReportItsLetterAndItsPlan_isRehearsedTogether_soThePlanFindsItsLetter()
      throws Exception {
    world = new TestWorld();
    String page =
        WebTestClient.page(
            upload(
                true,
                Upload.of(Seeds.PLAN, Seeds.text(Seeds.PLAN)),
                Upload.of(Seeds.LETTER, Seeds.text(Seeds.LETTER)),
                Upload.of(Seeds.REPORT, Seeds.text(Seeds.REPORT))),
            200,
            "would import a new PDU report (dry run)",
            "would import a new action plan (dry run)");
    assertFalse(page.contains("not imported"), page);
    assertEquals(0, storedInspections(), "a dry run stores nothing");
    assertTrue(world.services.exportActionPlans().export(Optional.empty()).isEmpty());
  }

  @Test
  void aFileThatIsNotJsonAfterAll_isRefusedAlone_inWords_andTheOthersAreStored() throws Exception {
    world = new TestWorld();
    Response response =
        upload(
            false,
            Upload.of("broken.json", "{\"pdu\": \"Cheshire West\", "),
            Upload.of(Seeds.REPORT, Seeds.text(Seeds.REPORT)));
    String page = WebTestClient.body(response, 422);
    assertTrue(page.contains("broken.json</strong>: <span class=\"error\" role=\"alert\">"), page);
    assertTrue(page.contains("not imported: the file cannot be read as JSON"), page);
    assertEquals(1, storedInspections(), "the report beside it is stored");
  }
}
