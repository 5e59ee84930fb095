package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.testing.Seeds;
import org.sqlite.util.LibraryLoaderUtil;

/** The command line as a user runs it: real seed documents, a real SQLite file. */
class CommandLineEndToEndTest extends CommandLineTest {

  private CommandRun importSeeds() {
    return CommandRun.importSeeds(db());
  }

  @Test
  void importingTheSeeds_inAnyOrder_thenExportingThePlan_printsThePublishedLayout()
      throws IOException {
    CommandRun imported = importSeeds();
    assertEquals(0, imported.status(), imported.output());
    assertTrue(imported.output().contains("3 of 3 files imported"), imported.output());

    Path md = dir.resolve("plan.md");
    CommandRun exported =
        run("export", "action-plans", "--format", "md", "--db", db(), "--out", md.toString());
    assertEquals(0, exported.status(), exported.output());
    String plan = Files.readString(md);
    assertTrue(
        plan.contains("| 1. Rec No | 2. Recommendation | 3. Agreed/ Partly Agreed/ Not Agreed"));
    assertTrue(plan.contains("| Agreed | 35 |"), plan);
    assertTrue(plan.contains("| Partly Agreed | 2 |"));
    assertTrue(plan.contains("| Not Agreed | 1 |"));
    assertTrue(plan.contains("| Total | 38 |"));
    assertTrue(!plan.contains("unanswered"), "every recommendation is answered:\n" + plan);
  }

  @Test
  void exportAsXlsx_givesAWorkbookWithOneRowPerActionAndThePlanSummary() throws IOException {
    assertEquals(0, importSeeds().status());
    Path xlsx = dir.resolve("plans.xlsx");
    CommandRun run =
        run("export", "action-plans", "--format", "xlsx", "--db", db(), "--out", xlsx.toString());
    assertEquals(0, run.status(), run.output());
    try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
      var summary = book.getSheet("Summary").getRow(1);
      assertEquals(35, (int) summary.getCell(2).getNumericCellValue());
      assertEquals(2, (int) summary.getCell(3).getNumericCellValue());
      assertEquals(1, (int) summary.getCell(4).getNumericCellValue());
      assertEquals(38, (int) summary.getCell(5).getNumericCellValue());
      var actions = book.getSheet("Actions");
      assertEquals("Head of PDU", actions.getRow(1).getCell(7).getStringCellValue());
      assertTrue(actions.getLastRowNum() > 38, "one row per action");
    }
    assertEquals(2, run("export", "action-plans", "--format", "xlsx", "--db", db()).status());
  }

  @Test
  void importedInspections_carryThePublishedFiguresAndTheirFlags() throws IOException {
    assertEquals(0, importSeeds().status());
    Path json = dir.resolve("inspections.json");
    assertEquals(0, run("export", "inspections", "--db", db(), "--out", json.toString()).status());
    JsonNode inspections = new ObjectMapper().readTree(json.toFile());
    assertEquals(5, inspections.size());
    JsonNode cheshire = byPdu(inspections, "Cheshire West");
    assertEquals(7, cheshire.get("score").asInt());
    assertEquals(24, cheshire.get("maxScore").asInt());
    assertEquals("REQUIRES_IMPROVEMENT", cheshire.get("overallRating").asText());
    assertEquals("2023-03-20", cheshire.get("fieldworkStarted").asText());
    assertEquals(34, cheshire.get("casesInspected").asInt());
    assertEquals(11, cheshire.get("recommendations").size());
    JsonNode knowsley = byPdu(inspections, "Knowsley and St Helens");
    assertEquals(2, knowsley.get("score").asInt());
    assertEquals("INADEQUATE", knowsley.get("overallRating").asText());
    assertTrue(
        knowsley
            .get("flags")
            .toString()
            .contains("overall rating printed as 'Rating': computed INADEQUATE from 2/24"),
        knowsley.get("flags").toString());
    int recommendations =
        StreamSupport.stream(inspections.spliterator(), false)
            .mapToInt(i -> i.get("recommendations").size())
            .sum();
    assertEquals(52, recommendations);
  }

  @Test
  void importingTheSameDocumentsAgain_changesNothingAndSaysSo() {
    assertEquals(0, importSeeds().status());
    CommandRun again = importSeeds();
    assertEquals(0, again.status(), again.output());
    assertEquals(
        3, again.output().split("already stored: nothing changed", -1).length - 1, again.output());
  }

  /**
   * The records without their versions: a version counts the saves of a record in one database (a
   * report completed by its letter is saved twice, its copy imported once), not what it holds.
   */
  private static com.fasterxml.jackson.databind.JsonNode withoutVersions(
      com.fasterxml.jackson.databind.JsonNode records) {
    records.forEach(
        record -> ((com.fasterxml.jackson.databind.node.ObjectNode) record).remove("version"));
    return records;
  }

  @Test
  void exportThenImportIntoANewDatabase_givesEqualData() throws IOException {
    assertEquals(0, importSeeds().status());
    Path inspections = dir.resolve("i.json");
    Path reviews = dir.resolve("r.json");
    Path plans = dir.resolve("p.json");
    run("export", "inspections", "--db", db(), "--out", inspections.toString());
    run("export", "reviews", "--db", db(), "--out", reviews.toString());
    run("export", "action-plans", "--db", db(), "--out", plans.toString());

    String copy = dir.resolve("copy.db").toString();
    CommandRun imported =
        run("import", "--db", copy, inspections.toString(), reviews.toString(), plans.toString());
    assertEquals(0, imported.status(), imported.output());
    for (String[] what :
        new String[][] {
          {"inspections", inspections.toString()},
          {"reviews", reviews.toString()},
          {"action-plans", plans.toString()}
        }) {
      Path again = dir.resolve("again-" + what[0] + ".json");
      run("export", what[0], "--db", copy, "--out", again.toString());
      assertEquals(
          withoutVersions(new ObjectMapper().readTree(Path.of(what[1]).toFile())),
          withoutVersions(new ObjectMapper().readTree(again.toFile())),
          what[0] + " differ after the round trip");
    }
  }

  @Test
  void badInput_isRefusedNamingTheFile_andStoresNothing() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("scan.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
    String report = Files.readString(Seeds.path(Seeds.REPORT));
    Path truncated =
        Files.writeString(
            dir.resolve("truncated.txt"),
            report.substring(0, report.indexOf("Recommendations\n\nAs a result")));
    Path noRatings =
        Files.writeString(
            dir.resolve("no-ratings.txt"),
            report.substring(0, report.indexOf("Ratings\n\n\t"))
                + report.substring(report.indexOf("Recommendations\n\nAs a result")));
    CommandRun run =
        run(
            "import",
            "--db",
            db(),
            empty.toString(),
            binary.toString(),
            truncated.toString(),
            noRatings.toString());
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().contains("empty.txt: not imported: empty.txt:1"), run.output());
    assertTrue(run.output().contains("scan.pdf: not imported"), run.output());
    assertTrue(run.output().contains("truncated.txt: not imported: truncated.txt:"), run.output());
    assertTrue(
        run.output().contains("no-ratings.txt: not imported: no-ratings.txt:"), run.output());
    assertTrue(run.output().contains("0 of 4 files imported"), run.output());
    CommandRun check = run("db", "check", "--db", db());
    assertTrue(check.output().matches("(?s).*inspections\\s+0\\b.*"), check.output());
  }

  @Test
  void aPlanAnsweringRecommendationsNoStoredInspectionHas_isRefusedAndStoresNothing() {
    CommandRun run = run("import", "--db", db(), Seeds.path(Seeds.PLAN).toString());
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().contains("not imported"), run.output());
    CommandRun plans = run("export", "action-plans", "--db", db());
    assertEquals("[ ]", plans.output().strip());
  }

  @Test
  void dryRun_storesNothing() {
    CommandRun run = run("import", "--dry-run", "--db", db(), Seeds.path(Seeds.REPORT).toString());
    assertEquals(0, run.status(), run.output());
    assertTrue(run.output().contains("(dry run)"), run.output());
    assertEquals("[ ]", run("export", "inspections", "--db", db()).output().strip());
  }

  @Test
  void help_andVersion_work() {
    CommandRun help = run("--help");
    assertEquals(0, help.status());
    assertTrue(help.output().contains("serve"));
    assertTrue(run("--version").output().startsWith("inspections "));
  }

  @Test
  void serveTrainingRun_startsAnswersTheSignInPageAndStops_leavingTheSqliteLibraryWhereAsked() {
    Path library = dir.resolve("native");
    CommandRun run =
        run(
            "serve",
            "--training-run",
            "--port",
            "0",
            "--db",
            db(),
            "--copy-sqlite-library-to",
            library.toString());
    assertEquals(0, run.status(), run.output());
    assertTrue(Files.isRegularFile(library.resolve(LibraryLoaderUtil.getNativeLibName())));
  }

  private static JsonNode byPdu(JsonNode inspections, String pdu) {
    return StreamSupport.stream(inspections.spliterator(), false)
        .filter(i -> i.get("pdu").asText().equals(pdu))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no inspection of " + pdu));
  }

  @Test
  void exportAsOf_yesterday_isEmpty_today_isTheExport_tomorrow_isRefused() throws Exception {
    assertEquals(0, importSeeds().status());
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
    Path now = dir.resolve("now.json");
    Path asOfToday = dir.resolve("today.json");
    Path yesterday = dir.resolve("yesterday.json");
    assertEquals(0, run("export", "action-plans", "--db", db(), "--out", now.toString()).status());
    CommandRun todays = exportPlansAsOf(today, asOfToday);
    assertEquals(0, todays.status(), todays.output());
    assertEquals(Files.readString(now), Files.readString(asOfToday));

    CommandRun before = exportPlansAsOf(today.minusDays(1), yesterday);
    assertEquals(0, before.status(), before.output());
    assertTrue(before.output().contains("Rebuilding the records as at"), before.output());
    assertEquals(0, new ObjectMapper().readTree(yesterday.toFile()).size(), "nothing yesterday");

    CommandRun future =
        run("export", "action-plans", "--db", db(), "--as-of", today.plusDays(1).toString());
    assertTrue(future.status() != 0, future.output());
    assertTrue(future.output().contains("is after today"), future.output());
    CommandRun unreadable = run("export", "action-plans", "--db", db(), "--as-of", "last week");
    assertEquals(2, unreadable.status(), unreadable.output());
    assertTrue(unreadable.output().contains("--as-of"), unreadable.output());
  }

  private CommandRun exportPlansAsOf(java.time.LocalDate day, Path out) {
    return run(
        "export", "action-plans", "--db", db(), "--as-of", day.toString(), "--out", out.toString());
  }
}
