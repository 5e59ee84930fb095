package org.probationinspections.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.testing.Seeds;
import org.probationinspections.cli.testing.RouteTable;

/**
 * The harness's machinery at a tiny scale: the data is generated, documents imported, the server
 * started and loaded, and the table written. It checks the table's shape, never a timing.
 */
class BenchmarkSmokeTest {

  @TempDir Path work;

  @Test
  void tinyScale_producesAWellFormedTableWithEveryMeasure() throws Exception {
    Path seeds = Seeds.path(PublishedReports.SEED).getParent();
    var settings =
        new Benchmark.Settings(
            0.1,
            3,
            30,
            Duration.ofMillis(300),
            Duration.ofMillis(200),
            false,
            work,
            Path.of("target", "no-jar-so-the-test-classpath.jar"),
            seeds,
            true,
            true,
            1);

    String page = Benchmark.run(settings, new PrintStream(OutputStream.nullOutputStream()));

    String measures = page.substring(0, page.indexOf("\n## Every GET route"));
    List<String> table = measures.lines().filter(line -> line.startsWith("|")).toList();
    assertEquals(Table.HEADER, table.get(0));
    assertEquals(
        List.of(
            "Import, published PDU reports (3 documents a round)",
            "Import, the same documents, first round (a JVM that had not imported yet)",
            "Startup, the launcher to the first HTTP 200 (SQLite; one start)",
            "Dashboard page `/` (SQLite)",
            "Inspection page (SQLite)",
            "Overdue list `/overdue` (SQLite)",
            "JSON GET of one inspection (SQLite)",
            "JSON GET of another inspection each request (SQLite)",
            "Resident memory after warm-up / after load (SQLite)",
            "Page of a past day, first view, `/action-plans/{id}?asOf=` (SQLite)",
            "Page of a past day, first view, `/inspections/{id}?asOf=` (SQLite)",
            "Page of a past day, first view, `/reviews/{id}?asOf=` (SQLite)",
            "Dashboard of a past day, `/?asOf=` (SQLite)",
            "Resident memory after the pages of past days (SQLite)"),
        table.subList(2, table.size()).stream()
            .map(
                line ->
                    line.split("\\|")[1]
                        .trim()
                        .replaceAll("; (steady at|not steady after) .*\\)$", ")")
                        .replaceAll("; rounds \\d+–\\d+, .*\\)$", ")"))
            .toList());
    for (String row : table.subList(2, table.size())) {
      assertEquals(7, row.split("\\|", -1).length - 1, row);
      String verdict = row.split("\\|")[6].trim();
      assertTrue(
          verdict.isEmpty() || verdict.equals("met") || verdict.matches("missed by \\d+%"), row);
    }
    assertTrue(page.contains("**Machine:**"), page);

    String walk = page.substring(page.indexOf("\n## Every GET route (SQLite)"));
    List<String> routes = walk.lines().filter(line -> line.startsWith("| `")).toList();
    assertTrue(walk.contains(Table.ROUTES_HEADER), walk);
    assertEquals(
        RouteTable.shippedGets().size(), routes.size(), "every GET route of the route table");
    for (String row : routes) {
      String[] cells = row.split("\\|", -1);
      assertEquals(11, cells.length, row);
      assertFalse(cells[3].trim().startsWith("5"), "a GET route answered an error: " + row);
      assertTrue(cells[9].trim().matches("met|missed: .+"), row);
    }
  }
}
