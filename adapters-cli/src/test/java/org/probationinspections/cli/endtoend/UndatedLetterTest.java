package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.testing.Seeds;

/**
 * A regional letter that does not give its PDUs' fieldwork dates is imported, not refused: the
 * letter's date stands in, with a note to review; the report imported after it completes the same
 * inspection instead of adding another.
 */
class UndatedLetterTest {

  @TempDir Path dir;

  private List<JsonNode> inspections(String db) throws Exception {
    List<JsonNode> all = new ArrayList<>();
    new ObjectMapper()
        .readTree(CommandRun.of("export", "inspections", "--db", db).output())
        .forEach(all::add);
    return all;
  }

  private static JsonNode of(List<JsonNode> inspections, String pdu) {
    return inspections.stream().filter(i -> i.get("pdu").asText().equals(pdu)).findFirst().get();
  }

  @Test
  void aLetterWithoutFieldworkDates_isImportedFlagged_andItsReportCompletesTheInspection()
      throws Exception {
    String undated =
        Seeds.text(Seeds.LETTER).replaceAll("(Field)?work started [A-Z][a-z]+ 20\\d\\d", "");
    Path letter = Files.writeString(dir.resolve("letter.txt"), undated);
    String db = dir.resolve("inspections.db").toString();

    CommandRun imported = CommandRun.of("import", "--db", db, letter.toString());
    assertEquals(0, imported.status(), imported.output());
    JsonNode cheshire = of(inspections(db), "Cheshire West");
    assertEquals("2023-07-27", cheshire.get("fieldworkStarted").asText());
    assertTrue(
        cheshire.get("notes").toString().contains("fieldwork start not published"),
        cheshire.get("notes").toString());

    CommandRun report = CommandRun.of("import", "--db", db, Seeds.path(Seeds.REPORT).toString());
    assertEquals(0, report.status(), report.output());
    List<JsonNode> after = inspections(db);
    assertEquals(
        1,
        after.stream().filter(i -> i.get("pdu").asText().equals("Cheshire West")).count(),
        "the report completed the letter's inspection");
    JsonNode completed = of(after, "Cheshire West");
    assertTrue(
        completed.get("fieldworkStarted").asText().startsWith("2023-03"),
        completed.get("fieldworkStarted").asText());
    assertTrue(
        completed.get("notes").toString().contains("fieldwork start set from the report"),
        completed.get("notes").toString());
  }
}
