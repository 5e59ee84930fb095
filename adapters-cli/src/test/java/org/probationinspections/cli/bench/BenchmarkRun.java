package org.probationinspections.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The full benchmark, run by the Maven profile {@code benchmark} only (its name does not end in
 * Test, so the ordinary test run leaves it out): scale 100 unless {@code -Dbench.scale} says
 * otherwise, writing docs/PERFORMANCE.md.
 */
class BenchmarkRun {

  @Test
  void writesThePerformancePage() throws Exception {
    var settings =
        new Benchmark.Settings(
            Double.parseDouble(System.getProperty("bench.scale", "100")),
            Integer.getInteger("bench.documents", 200),
            Integer.getInteger("bench.requests", 20_000),
            Duration.ofSeconds(Integer.getInteger("bench.seconds", 10)),
            Duration.ofSeconds(Integer.getInteger("bench.warmUpSeconds", 3)),
            Boolean.parseBoolean(System.getProperty("bench.postgres", "true")),
            Path.of("target", "bench").toAbsolutePath(),
            Path.of("target", "inspections.jar").toAbsolutePath(),
            Path.of(System.getProperty("inspections.seeds", "../../shared/seeds"))
                .toAbsolutePath());
    String page = Benchmark.run(settings, System.out);
    Path out = Path.of(System.getProperty("bench.output", "../docs/PERFORMANCE.md"));
    Files.writeString(out, page);
    System.out.println(page);
  }
}
