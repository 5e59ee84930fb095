package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.persistence.StoreLocation;

/**
 * Exports of inspections and regional letters re-imported after the stored records moved on, on a
 * SQLite file: {@code --on-conflict refuse} (the default) keeps the newer change and names the
 * difference, {@code merge} keeps it and adds what the export adds, {@code replace} stores the
 * export over it and says so.
 */
class InspectionImportConflictCommandLineTest extends CommandLineTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADDED = "Review the allocation of cases each quarter";
  private static final String OBSERVED = "Managers hold monthly practice forums on risk";

  @Test
  void anOldExportOfAnInspection_isRefusedByDefault_mergedOnRequest_replacedOnlyWhenAskedTo()
      throws Exception {
    assertEquals(0, CommandRun.importSeeds(db()).status());
    Path export = dir.resolve("inspections.json");
    assertEquals(
        0,
        run("export", "inspections", "--db", db(), "--pdu", "Cheshire West", "--out", "" + export)
            .status());
    ArrayNode inspections = (ArrayNode) JSON.readTree(export.toFile());
    JsonNode cheshire = inspections.get(0);
    String id = cheshire.get("id").asText();
    assertTrue(cheshire.get("version").isNumber(), cheshire.toString());
    int next = cheshire.get("recommendations").size() + 1;
    // Someone works on the exported file and adds a recommendation...
    ((ArrayNode) cheshire.get("recommendations"))
        .addObject()
        .put("number", next)
        .put("text", ADDED)
        .putObject("addressee")
        .put("level", "PDU")
        .put("name", "Cheshire West");
    Files.writeString(export, JSON.writeValueAsString(inspections));
    // ...while an inspector judges 1.2 Staff otherwise than it was published.
    judge(id, "1.2", Rating.REQUIRES_IMPROVEMENT);

    CommandRun refused = run("import", "--db", db(), export.toString());
    assertEquals(1, refused.status(), refused.output());
    assertTrue(
        refused.output().contains("inspection " + id + " of Cheshire West changed since"),
        refused.output());
    assertTrue(
        refused
            .output()
            .contains(
                "standard 1.2 Staff rating: stored Requires improvement (judgement), document"
                    + " Good"),
        refused.output());
    assertTrue(
        refused.output().contains("recommendation " + next + " \"" + ADDED + "\": in the document"),
        refused.output());
    assertFalse(refused.output().contains("Exception"), refused.output());
    assertEquals("REQUIRES_IMPROVEMENT", rating(stored(), "1.2"));

    CommandRun dryRun = run("import", "--db", db(), "--dry-run", export.toString());
    assertEquals(1, dryRun.status(), dryRun.output());
    assertTrue(dryRun.output().contains("changed since"), dryRun.output());

    CommandRun merged = run("import", "--db", db(), "--on-conflict", "merge", export.toString());
    assertEquals(1, merged.status(), merged.output());
    assertTrue(merged.output().contains("cannot be merged"), merged.output());

    CommandRun replaced =
        run("import", "--db", db(), "--on-conflict", "replace", export.toString());
    assertEquals(0, replaced.status(), replaced.output());
    assertTrue(
        replaced.output().contains("replaced: the stored inspection changed since"),
        replaced.output());
    JsonNode after = stored();
    assertEquals("GOOD", rating(after, "1.2"), "the export's rating stands");
    assertEquals(next, after.get("recommendations").size());
  }

  @Test
  void anOldExportOfALetter_isRefusedByDefault_andMergedKeepingTheNewerObservation()
      throws Exception {
    assertEquals(0, CommandRun.importSeeds(db()).status());
    Path old = dir.resolve("letters.json");
    assertEquals(0, run("export", "reviews", "--db", db(), "--out", old.toString()).status());
    ArrayNode letters = (ArrayNode) JSON.readTree(old.toFile());
    String id = letters.get(0).get("id").asText();
    // The stored letter gains an observation: the export, edited, imported at once.
    ArrayNode edited = letters.deepCopy();
    ((ArrayNode) edited.get(0).get("observations"))
        .addObject()
        .put("theme", "Leadership")
        .put("kind", "KEY_STRENGTH")
        .put("text", OBSERVED);
    Path newer = dir.resolve("letters-edited.json");
    Files.writeString(newer, JSON.writeValueAsString(edited));
    CommandRun gained = run("import", "--db", db(), newer.toString());
    assertEquals(0, gained.status(), gained.output());

    CommandRun refused = run("import", "--db", db(), old.toString());
    assertEquals(1, refused.status(), refused.output());
    assertTrue(
        refused.output().contains("regional letter " + id + " of North West changed since"),
        refused.output());
    assertTrue(
        refused.output().contains("\"" + OBSERVED + "\": in the store, not in the document"),
        refused.output());

    CommandRun merged = run("import", "--db", db(), "--on-conflict", "merge", old.toString());
    assertEquals(0, merged.status(), merged.output());
    assertTrue(
        merged.output().contains("merged: the stored regional letter changed since"),
        merged.output());
    assertTrue(observations().contains(OBSERVED), "the newer observation is kept");
  }

  private void judge(String inspection, String standard, Rating rating) {
    InspectionsComponent component = Wiring.open(StoreLocation.sqlite(Path.of(db())), List.of());
    try {
      component
          .useCases()
          .today()
          .judgeStandard()
          .judge(new JudgeStandardUseCase.Command(new InspectionId(inspection), standard, rating));
    } finally {
      component.store().close();
    }
  }

  private JsonNode stored() throws Exception {
    CommandRun exported = run("export", "inspections", "--db", db(), "--pdu", "Cheshire West");
    assertEquals(0, exported.status(), exported.output());
    String output = exported.output();
    return JSON.readTree(output.substring(output.indexOf('['))).get(0);
  }

  private List<String> observations() throws Exception {
    CommandRun exported = run("export", "reviews", "--db", db());
    assertEquals(0, exported.status(), exported.output());
    String output = exported.output();
    JsonNode letter = JSON.readTree(output.substring(output.indexOf('['))).get(0);
    return java.util.stream.StreamSupport.stream(letter.get("observations").spliterator(), false)
        .map(o -> o.get("text").asText())
        .toList();
  }

  private static String rating(JsonNode inspection, String code) {
    for (JsonNode standard : inspection.get("standards")) {
      if (standard.get("code").asText().equals(code)) {
        return standard.get("rating").asText();
      }
    }
    throw new AssertionError("no standard " + code);
  }
}
