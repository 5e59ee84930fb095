package org.probationinspections.cli.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.testing.Seeds;

/**
 * The reliability harness's machinery at tiny sizes: every probe runs (PostgreSQL left to the
 * scale-out test) and the page is written. It checks the page's shape, never a figure's value.
 */
class ReliabilitySmokeTest {

  @TempDir Path work;

  @Test
  void tinySizes_produceAPageWithATableForEveryProbe() throws Exception {
    Path seeds = Seeds.directory();
    var settings =
        new Reliability.Settings(
            7L,
            6,
            4,
            1,
            2,
            0.05,
            3,
            1,
            List.of(3),
            false,
            work,
            seeds.toAbsolutePath(),
            Path.of("..").toAbsolutePath().normalize(),
            Reliability.Settings.ALL);

    String page = Reliability.run(settings, new PrintStream(OutputStream.nullOutputStream()));

    List<String> titles = page.lines().filter(line -> line.startsWith("## ")).toList();
    assertEquals(
        List.of(
            "## Role × write matrix",
            "## Fuzz of the JSON endpoints and the importers",
            "## Imports killed with SIGKILL",
            "## Concurrent edits",
            "## Uploads over the limit"),
        titles);
    assertEquals(5, page.lines().filter(Report.HEADER::equals).count(), page);
    List<String> rows =
        page.lines().filter(line -> line.startsWith("| ") && !line.equals(Report.HEADER)).toList();
    assertTrue(rows.size() >= 5 * 3, page);
    for (String row : rows) {
      String[] cells = row.split("\\|", -1);
      assertEquals(6, cells.length, row);
      assertTrue(cells[2].strip().matches("\\d+") && cells[3].strip().matches("\\d+"), row);
      assertTrue(List.of("as expected", "**MISSED**").contains(cells[4].strip()), row);
    }
    assertTrue(page.contains("**Machine:**") && page.contains("at commit `"), page);
  }
}
