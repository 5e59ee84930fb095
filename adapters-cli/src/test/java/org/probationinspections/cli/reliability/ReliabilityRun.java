package org.probationinspections.cli.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full reliability run, by the Maven profile {@code reliability} only (its name does not end in
 * Test, so the ordinary test run leaves it out), writing docs/RELIABILITY.md.
 *
 * <p>System properties: {@code reliability.seed}, {@code reliability.fuzzRuns}, {@code
 * reliability.importFuzzRuns}, {@code reliability.killTrials}, {@code reliability.manyFiles},
 * {@code reliability.largeJsonScale}, {@code reliability.writers}, {@code
 * reliability.sameActionRounds}, {@code reliability.uploadMiB} (comma-separated), {@code
 * reliability.postgres} (default true), {@code reliability.output} (where the page is written),
 * {@code reliability.probes} (comma-separated, for development: roles, fuzz, kill, concurrency,
 * uploads).
 */
class ReliabilityRun {

  @Test
  void writesTheReliabilityPage() throws Exception {
    var settings =
        new Reliability.Settings(
            Long.getLong("reliability.seed", 20_240_601L),
            Integer.getInteger("reliability.fuzzRuns", 600),
            Integer.getInteger("reliability.importFuzzRuns", 300),
            Integer.getInteger("reliability.killTrials", 20),
            Integer.getInteger("reliability.manyFiles", 40),
            Double.parseDouble(System.getProperty("reliability.largeJsonScale", "5")),
            Integer.getInteger("reliability.writers", 20),
            Integer.getInteger("reliability.sameActionRounds", 20),
            Arrays.stream(System.getProperty("reliability.uploadMiB", "50,500").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList(),
            Boolean.parseBoolean(System.getProperty("reliability.postgres", "true")),
            Path.of("target", "reliability").toAbsolutePath(),
            Path.of(System.getProperty("inspections.seeds", "../../shared/seeds")).toAbsolutePath(),
            Path.of("..").toAbsolutePath().normalize(),
            System.getProperty("reliability.probes") == null
                ? Reliability.Settings.ALL
                : List.of(System.getProperty("reliability.probes").split(",")));
    String page = Reliability.run(settings, System.out);
    Path out = Path.of(System.getProperty("reliability.output", "../docs/RELIABILITY.md"));
    Files.writeString(out, page);
    System.out.println(page);
  }
}
