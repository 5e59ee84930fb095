package org.probationinspections.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.cli.testing.HarnessPage;

/** The results as the Markdown page docs/PERFORMANCE.md. */
final class Table {

  static final String HEADER = "| Measure | Value | Limit (same run) | Ratio | Target | Verdict |";

  static final String ROUTES_HEADER =
      "| Route | Asked | Status | Size | First request | p50 | p99 | Throughput | Verdict |";

  private Table() {}

  static String markdown(
      Benchmark.Settings settings,
      List<Benchmark.Row> rows,
      Map<String, List<EveryRoute.Measured>> routes,
      Map<String, Double> residentAfterWalk,
      String machine)
      throws Exception {
    StringBuilder page =
        HarnessPage.opening("Performance", "benchmark", "bench", Optional.empty(), machine);
    page.append("\n\n**Dataset:** `inspections demo generate --scale ")
        .append(Benchmark.scaleText(settings.scale()))
        .append("` (")
        .append(settings.scale() >= 1 ? "that many copies of the country" : "that share of it")
        .append(
            String.format(
                Locale.ROOT,
                "). **Load:** 2 client threads on loopback, closed loop, at most %d requests or"
                    + " %.1f s per endpoint, after a warm-up of every endpoint (%.1f s each), then"
                    + " of the endpoint itself in 2 s rounds until two rounds agree on the rate"
                    + " within 5%% (at most %.0f s): the figures are those of compiled code on"
                    + " both sides, the client's included.",
                settings.maxRequests(),
                settings.loadTime().toMillis() / 1000.0,
                settings.warmUpTime().toMillis() / 1000.0,
                settings.warmUpTime().toMillis() / 100.0))
        .append(
            "\n\n**Server JVM:** started by the `inspections` launcher (`./inspections serve …`),")
        .append(" as a user starts it: `java ")
        .append(String.join(" ", ServerProcess.launcherJavaOptions(settings.jar())))
        .append(" -XX:SharedArchiveFile=… -jar inspections.jar serve …` (the launcher's")
        .append(
            " `default_java_opts`, and the class-data archive the launcher records on the first")
        .append(" start after a build, made by one untimed start before the timing; startup is")
        .append(" timed from the launcher's start). **The limit, bare Javalin:** a constant from")
        .append(" Javalin alone, in its own JVM with the same options, warmed up the same way,")
        .append(" measured once before the product's endpoints. **The limit of startup:** Javalin,")
        .append(
            " Jdbi and the SQLite driver answering one query on the same database file, started")
        .append(" with `java -jar` and the same options, with a class-data archive of its own")
        .append(" recorded the same way and the SQLite library the launcher copied.")
        .append("\n\n")
        .append(HEADER)
        .append("\n|---|---|---|---|---|---|\n");
    for (Benchmark.Row row : rows) {
      page.append("| ")
          .append(
              String.join(
                  " | ",
                  row.measure(),
                  row.value(),
                  row.limit(),
                  row.ratio(),
                  row.target(),
                  row.met()))
          .append(" |\n");
    }
    for (var store : routes.entrySet()) {
      everyRoute(page, store.getKey(), store.getValue(), residentAfterWalk.get(store.getKey()));
    }
    Path notes = settings.work().resolve("../../../docs/performance-notes.md").normalize();
    if (Files.isRegularFile(notes)) {
      page.append("\n").append(Files.readString(notes));
    }
    return page.toString();
  }

  /**
   * The walk of every GET route on one store: each route of the route table as asked, its status,
   * size and times, against the targets (p99 ≤ 100 ms, the search's ≤ 50 ms, ≤ 1 MB, no 5xx), and
   * the resident memory after the walk (≤ 300 MB).
   */
  private static void everyRoute(
      StringBuilder page, String store, List<EveryRoute.Measured> walked, double residentMiB) {
    long met = walked.stream().filter(m -> EveryRoute.verdict(m).equals("met")).count();
    long errors = walked.stream().filter(m -> m.status() >= 500).count();
    page.append("\n## Every GET route (")
        .append(store)
        .append(")\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "Every GET route of the route table (%d), asked as an administrator with the records"
                    + " of the middle inspection of the dataset in its path, loaded as above but a"
                    + " shorter while each. Targets: p99 ≤ %.0f ms (the search's two routes ≤ %.0f"
                    + " ms), no response over 1 MB, no 5xx."
                    + " **%d of %d met; %d answered 5xx; resident memory after the walk %.0f MiB"
                    + " (target ≤ 300 MB: %s).**\n\n",
                walked.size(),
                EveryRoute.P99_TARGET_MILLIS,
                EveryRoute.SEARCH_P99_TARGET_MILLIS,
                met,
                walked.size(),
                errors,
                residentMiB,
                residentMiB * 1.048576 <= 300 ? "met" : "missed"))
        .append(ROUTES_HEADER)
        .append("\n|---|---|---|---|---|---|---|---|---|\n");
    for (EveryRoute.Measured m : walked) {
      page.append("| ")
          .append(
              String.join(
                  " | ",
                  "`" + m.route() + "`",
                  "`" + m.asked().replace("|", "%7C") + "`",
                  Integer.toString(m.status()),
                  size(m.bytes()),
                  String.format(Locale.ROOT, "%.0f ms", m.firstMillis()),
                  m.figures()
                      .map(f -> String.format(Locale.ROOT, "%.1f ms", f.p50Millis()))
                      .orElse(""),
                  m.figures()
                      .map(f -> String.format(Locale.ROOT, "%.1f ms", f.p99Millis()))
                      .orElse(""),
                  m.figures()
                      .map(f -> String.format(Locale.ROOT, "%.0f req/s", f.perSecond()))
                      .orElse(""),
                  EveryRoute.verdict(m)))
          .append(" |\n");
    }
  }

  private static String size(long bytes) {
    return bytes < 10_000
        ? bytes + " B"
        : bytes < 10_000_000
            ? String.format(Locale.ROOT, "%.0f KB", bytes / 1000.0)
            : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
  }
}
