package org.probationinspections.cli.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.cli.Main;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.DatabaseAdmin;
import org.probationinspections.persistence.StoreLocation;

/**
 * An import process killed with SIGKILL halfway through a batch leaves a database that passes its
 * integrity check and holds each document completely or not at all.
 */
class KilledImportTest {

  private static final int DOCUMENTS = 120;
  private static final int RECOMMENDATIONS = 12;

  @TempDir Path dir;

  @Test
  void givenAnImportKilledHalfway_eachDocumentIsStoredWhollyOrNotAtAll() throws Exception {
    List<String> files = new ArrayList<>();
    for (int n = 1; n <= DOCUMENTS; n++) {
      Path file = dir.resolve("inspection-" + n + ".json");
      Files.writeString(file, inspectionJson(n));
      files.add(file.toString());
    }
    Path database = dir.resolve("inspections.db");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of("import", "--db", database.toString()));
    command.addAll(files);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();

    int imported = 0;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.contains("imported inspection")) {
          imported++;
        }
        if (imported == DOCUMENTS / 2) {
          process.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by us
          break;
        }
      }
    }
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the import process did not end");
    assertEquals(DOCUMENTS / 2, imported, "the import was killed before it got halfway");

    StoreLocation location = StoreLocation.sqlite(database);
    DatabaseAdmin.CheckResult check = new DatabaseAdmin(location).check();
    assertTrue(check.isHealthy(), check.problems().toString());

    InspectionsComponent component = Wiring.open(location, List.of());
    try {
      List<InspectionDocument> stored =
          component
              .useCases()
              .today()
              .exportInspections()
              .export(Optional.empty(), Optional.empty());
      assertTrue(stored.size() >= imported && stored.size() < DOCUMENTS, "stored " + stored.size());
      for (InspectionDocument inspection : stored) {
        assertEquals(RECOMMENDATIONS, inspection.recommendations().size(), inspection.pdu());
        assertEquals(9, inspection.standards().size(), inspection.pdu());
        assertEquals(Optional.of(24), inspection.maxScore(), inspection.pdu());
      }
    } finally {
      component.store().close();
    }
  }

  /** A complete inspection in the interchange shape: nine standards, twelve recommendations. */
  private static String inspectionJson(int n) {
    StringBuilder standards = new StringBuilder();
    String[][] judged = {
      {"1.1", "Leadership"},
      {"1.2", "Staff"},
      {"1.3", "Services"},
      {"1.4", "Information and facilities"}
    };
    for (String[] standard : judged) {
      standards.append(
          "{\"code\":\"%s\",\"name\":\"%s\",\"publishedRating\":\"REQUIRES_IMPROVEMENT\",\"strengths\":[\"finding %d\"]},"
              .formatted(standard[0], standard[1], n));
    }
    standards.append("{\"code\":\"2.1\",\"name\":\"Court work\",\"rating\":\"NOT_RATED\"},");
    for (String code : List.of("2.2", "2.3", "2.4", "2.5")) {
      standards.append(
          ("{\"code\":\"%s\",\"name\":\"x\",\"keyQuestions\":[{\"question\":\"engaging?\",\"percentYes\":%d},"
                  + "{\"question\":\"desistance?\",\"percentYes\":70},{\"question\":\"safety?\",\"percentYes\":55}]},")
              .formatted(code, 40 + n % 50));
    }
    StringBuilder recommendations = new StringBuilder();
    for (int r = 1; r <= RECOMMENDATIONS; r++) {
      recommendations.append(
          "{\"number\":%d,\"addressee\":{\"level\":\"PDU\",\"name\":\"Unit %d\"},\"text\":\"recommendation %d of unit %d\"}%s"
              .formatted(r, n, r, n, r < RECOMMENDATIONS ? "," : ""));
    }
    return ("{\"pdu\":\"Unit %d\",\"region\":\"Region %d\",\"framework\":\"hmip-probation-pdu-2021\","
            + "\"fieldworkStarted\":\"2023-03-20\",\"standards\":[%s],\"recommendations\":[%s]}")
        .formatted(n, n % 12, standards.substring(0, standards.length() - 1), recommendations);
  }
}
