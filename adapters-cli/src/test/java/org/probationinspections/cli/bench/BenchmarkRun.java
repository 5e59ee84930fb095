package org.probationinspections.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The full benchmark, run by the Maven profile {@code benchmark} only (its name does not end in
 * Test, so the ordinary test run leaves it out): scale 100 unless {@code -Dbench.scale} says
 * otherwise, writing docs/PERFORMANCE.md.
 *
 * <p>System properties: {@code bench.scale}, {@code bench.documents}, {@code bench.requests},
 * {@code bench.seconds}, {@code bench.warmUpSeconds}, {@code bench.postgres} (default true), {@code
 * bench.output} (where the page is written). For development runs, both off by default: {@code
 * -Dbench.skipImport=true} leaves out the import figures, {@code -Dbench.skipSqlite=true} the HTTP
 * figures on SQLite (and the SQLite dataset), so that PostgreSQL can be measured alone; {@code
 * -Dbench.jar=…} measures another build's {@code adapters-cli/target/inspections.jar} (started
 * through that checkout's launcher), for before/after runs on the same dataset. The PostgreSQL
 * dataset is kept in {@code target/bench/postgres} and reused by later runs at the same scale
 * (migrated and analysed first), as the SQLite one is in {@code target/bench/scale-N.db}.
 */
class BenchmarkRun {

  @Test
  void writesThePerformancePage() throws Exception {
    var settings =
        new Benchmark.Settings(
            Double.parseDouble(System.getProperty("bench.scale", "100")),
            Integer.getInteger("bench.documents", 1000),
            Integer.getInteger("bench.requests", 20_000),
            Duration.ofSeconds(Integer.getInteger("bench.seconds", 10)),
            Duration.ofSeconds(Integer.getInteger("bench.warmUpSeconds", 3)),
            Boolean.parseBoolean(System.getProperty("bench.postgres", "true")),
            Path.of("target", "bench").toAbsolutePath(),
            Path.of(System.getProperty("bench.jar", "target/inspections.jar")).toAbsolutePath(),
            Path.of(System.getProperty("inspections.seeds", "../../shared/seeds")).toAbsolutePath(),
            !Boolean.getBoolean("bench.skipImport"),
            !Boolean.getBoolean("bench.skipSqlite"),
            Integer.getInteger("bench.starts", 5));
    String page = Benchmark.run(settings, System.out);
    Path out = Path.of(System.getProperty("bench.output", "../docs/PERFORMANCE.md"));
    Files.writeString(out, page);
    System.out.println(page);
  }
}
