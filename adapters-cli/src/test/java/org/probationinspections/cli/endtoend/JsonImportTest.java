package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.testing.Seeds;

/**
 * JSON written by export, imported again: one file is one transaction, files go in the order their
 * references need whatever order they are named in, and a refusal is a line, not a stack trace.
 */
class JsonImportTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private Path inspections;
  private Path reviews;
  private Path plans;

  private String db(String name) {
    return dir.resolve(name + ".db").toString();
  }

  @BeforeEach
  void exportTheSeeds() {
    String seeds = db("seeds");
    CommandRun imported = CommandRun.importSeeds(seeds);
    assertEquals(0, imported.status(), imported.output());
    inspections = dir.resolve("inspections.json");
    reviews = dir.resolve("reviews.json");
    plans = dir.resolve("plans.json");
    for (String[] what :
        new String[][] {
          {"inspections", inspections.toString()},
          {"reviews", reviews.toString()},
          {"action-plans", plans.toString()}
        }) {
      assertEquals(0, CommandRun.of("export", what[0], "--db", seeds, "--out", what[1]).status());
    }
  }

  private static int count(String what, String db) throws Exception {
    return JSON.readTree(CommandRun.of("export", what, "--db", db).output()).size();
  }

  @Test
  void filesNamedPlansFirst_areImportedReportsFirst_andAllGoIn() throws Exception {
    String fresh = db("fresh");
    CommandRun run =
        CommandRun.of(
            "import", "--db", fresh, plans.toString(), reviews.toString(), inspections.toString());
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("3 of 3 files imported"), run.output());
    assertEquals(count("action-plans", db("seeds")), count("action-plans", fresh));
  }

  @Test
  void aDryRun_saysWhatEachFileWouldStore_withoutIds_andStoresNothing() throws Exception {
    String fresh = db("fresh");
    CommandRun run =
        CommandRun.of(
            "import",
            "--dry-run",
            "--db",
            fresh,
            plans.toString(),
            reviews.toString(),
            inspections.toString());
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("would import a new inspection (dry run)"), run.output());
    assertTrue(run.output().contains("would import a new action plan (dry run)"), run.output());
    assertTrue(run.output().contains("3 of 3 files imported (dry run: nothing stored)"));
    assertEquals(0, count("inspections", fresh), "a dry run stores nothing");
    assertEquals(0, count("action-plans", fresh));
  }

  @Test
  void theSameFilesAgainInADryRun_sayNothingWouldChange() throws Exception {
    CommandRun run =
        CommandRun.of("import", "--dry-run", "--db", db("seeds"), inspections.toString());
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("already stored: nothing to change (dry run)"), run.output());
  }

  @Test
  void aFileWhoseLastDocumentIsRefused_storesNoneOfIt() throws Exception {
    ArrayNode all = (ArrayNode) JSON.readTree(inspections.toFile());
    ObjectNode broken = all.get(0).deepCopy();
    broken.remove("id");
    broken.put("fieldworkStarted", "1850-01-01");
    all.add(broken);
    Path file = Files.writeString(dir.resolve("broken.json"), JSON.writeValueAsString(all));
    String fresh = db("fresh");
    CommandRun run = CommandRun.of("import", "--db", fresh, file.toString());
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().contains("not imported"), run.output());
    assertEquals(0, count("inspections", fresh), "nothing of the file is stored");
  }

  @Test
  void aLetterWhoseInspectionsAreMissing_isRefusedInALine_andTheNextFilesAreStillTried()
      throws Exception {
    String fresh = db("fresh");
    Path report = Seeds.path(Seeds.REPORT);
    CommandRun run = CommandRun.of("import", "--db", fresh, reviews.toString(), report.toString());
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().contains("is not stored"), run.output());
    assertFalse(run.output().contains("\tat "), run.output());
    assertFalse(run.output().contains("Exception"), run.output());
    assertTrue(run.output().contains("1 of 2 files imported"), run.output());
    assertEquals(1, count("inspections", fresh), "the report after it went in");
  }
}
