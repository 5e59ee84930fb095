package org.probationinspections.cli.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.probationinspections.cli.Main;
import org.probationinspections.cli.testing.Folders;

/**
 * The benchmark harness: import throughput against a raw JDBC insert of the same rows, HTTP figures
 * against a bare Javalin endpoint, startup and resident memory, on SQLite and (optionally)
 * PostgreSQL. Every ratio is measured in one run on one machine; the load goes to loopback only,
 * bounded in count and time.
 */
public final class Benchmark {

  /** What to run: the scale of the dataset, how many documents and how much load. */
  public record Settings(
      double scale,
      int documents,
      int maxRequests,
      Duration loadTime,
      Duration warmUpTime,
      boolean postgres,
      Path work,
      Path jar,
      Path seeds,
      boolean importing,
      boolean sqliteHttp,
      int starts) {}

  /** One figure of the table: what, the value, the limit it is measured against, the target. */
  record Row(String measure, String value, String limit, String ratio, String target, String met) {}

  private final Settings settings;
  private final List<Row> rows = new ArrayList<>();
  private final Map<String, List<EveryRoute.Measured>> routes = new LinkedHashMap<>();
  private final Map<String, Double> residentAfterWalk = new LinkedHashMap<>();
  private final PrintStream log;

  Benchmark(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  /** Runs everything and returns the Markdown document. */
  public static String run(Settings settings, PrintStream log) throws Exception {
    Benchmark benchmark = new Benchmark(settings, log);
    Files.createDirectories(settings.work());
    if (settings.importing()) {
      benchmark.importThroughput();
    }
    LoadDriver driver = new LoadDriver(2);
    LoadDriver.Figures bare = benchmark.bareJavalin(driver);
    if (settings.sqliteHttp()) {
      String sqlite = benchmark.database("sqlite");
      benchmark.http("SQLite", sqlite, driver, bare, true);
    }
    if (settings.postgres()) {
      try (PostgresForBenchmark postgres =
          PostgresForBenchmark.start(settings.work(), scaleText(settings.scale()))) {
        if (postgres.reused()) {
          log.println("reusing the PostgreSQL dataset in " + postgres.dataDirectory());
          // Brought to the shipped schema (as the server would at start) and analysed anew.
          int status = quietly(() -> Main.run("db", "migrate", "--db", postgres.url()));
          if (status != 0) {
            throw new IllegalStateException("db migrate failed with status " + status);
          }
          postgres.analyze();
        } else {
          benchmark.database(postgres.url());
          postgres.markComplete();
        }
        benchmark.http("PostgreSQL", postgres.url(), driver, bare, !settings.sqliteHttp());
      }
    }
    return Table.markdown(
        settings,
        benchmark.rows,
        benchmark.routes,
        benchmark.residentAfterWalk,
        Machine.describe());
  }

  // import

  /** Rounds of import and raw insert, each into a new database: warm-up, then measured. */
  private static final int IMPORT_MEASURED_ROUNDS = 5;

  /** Warm-up ends after this many rounds in a row in which the compiler was quiet. */
  private static final int IMPORT_QUIET_ROUNDS = 2;

  /** The compiler is quiet in a round when it compiled for less than this share of it. */
  private static final double IMPORT_QUIET_SHARE = 0.10;

  /** At most this many rounds of warm-up, quiet or not (the table says which). */
  private static final int IMPORT_MAX_WARM_UP_ROUNDS = 20;

  /**
   * The import and the raw insert of the same rows, in rounds, each into a new database: rounds of
   * warm-up until the JIT compiler is quiet (it compiled for less than a tenth of the round's time,
   * two rounds in a row), then five measured, of which each side's median round is taken (a round
   * of the raw insert was now and then a third slower than the others, for no cause in the code),
   * so that the figures are those of compiled code on both sides, as for the HTTP figures. (A fixed
   * five rounds of warm-up of 200 documents proved too few: the compiler took a third to a half of
   * a core in the sixth to eighth rounds, and went on compiling until about the twentieth, most of
   * it the loop over the files, compiled anew in each round: ADR 14. Two rounds in a row agreeing
   * on the rate within 5% proved no sign of a steady rate either.) The first round, in a JVM that
   * has not imported yet, is shown too. A round imports a thousand documents by default, so that
   * the command's own start in each round (opening the database and building the use cases, about
   * 40 ms) is as small a part of it as of any large import.
   */
  private void importThroughput() throws Exception {
    Path folder = settings.work().resolve("import");
    Folders.deleteTree(folder);
    Files.createDirectories(folder);
    List<Path> documents = PublishedReports.write(settings.seeds(), folder, settings.documents());
    Path schema = folder.resolve("schema.db");
    int migrated = quietly(() -> Main.run("db", "migrate", "--db", schema.toString()));
    if (migrated != 0) {
      throw new IllegalStateException("db migrate failed with status " + migrated);
    }
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    double[] first = null;
    List<Double> importRates = new ArrayList<>();
    List<Double> rawRates = new ArrayList<>();
    int quietInARow = 0;
    int firstMeasured = 0;
    boolean quiet = false;
    int round = 0;
    while (firstMeasured == 0 || round < firstMeasured + IMPORT_MEASURED_ROUNDS - 1) {
      round++;
      Path db = folder.resolve("import-" + round + ".db");
      long compiling = compiler.getTotalCompilationTime();
      long started = System.nanoTime();
      double[] seconds = importRound(db, schema, documents);
      double roundMillis = (System.nanoTime() - started) / 1e6;
      compiling = compiler.getTotalCompilationTime() - compiling;
      log.printf(
          "import round %d: %.1f documents/s; raw JDBC insert of the same rows: %.1f/s;"
              + " compiler %d ms of %.0f ms%n",
          round,
          documents.size() / seconds[0],
          documents.size() / seconds[1],
          compiling,
          roundMillis);
      if (first == null) {
        first = seconds;
      }
      if (firstMeasured > 0) {
        importRates.add(documents.size() / seconds[0]);
        rawRates.add(documents.size() / seconds[1]);
      } else {
        quietInARow = compiling < IMPORT_QUIET_SHARE * roundMillis ? quietInARow + 1 : 0;
        quiet = quietInARow >= IMPORT_QUIET_ROUNDS;
        if (quiet || round >= IMPORT_MAX_WARM_UP_ROUNDS) {
          firstMeasured = round + 1;
        }
      }
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(folder.resolve("import-" + (round - 1) + ".db" + suffix));
      }
    }
    double importRate = median(importRates);
    double rawRate = median(rawRates);
    rows.add(
        new Row(
            "Import, published PDU reports ("
                + documents.size()
                + " documents a round; rounds "
                + firstMeasured
                + "–"
                + round
                + (quiet ? ", once the compiler was quiet" : ", the compiler still busy")
                + "; the median round of each side)",
            String.format(Locale.ROOT, "%.1f documents/s", importRate),
            String.format(Locale.ROOT, "%.1f documents/s (raw JDBC batch insert)", rawRate),
            percent(importRate / rawRate),
            "≥ 70% of raw",
            verdict(importRate / rawRate >= 0.7, importRate / rawRate / 0.7)));
    double firstImport = documents.size() / first[0];
    double firstRaw = documents.size() / first[1];
    rows.add(
        new Row(
            "Import, the same documents, first round (a JVM that had not imported yet)",
            String.format(Locale.ROOT, "%.1f documents/s", firstImport),
            String.format(Locale.ROOT, "%.1f documents/s (raw JDBC batch insert)", firstRaw),
            percent(firstImport / firstRaw),
            "≥ 40% of raw",
            verdict(firstImport / firstRaw >= 0.4, firstImport / firstRaw / 0.4)));
  }

  /** The middle value (of an odd number of values). */
  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** One round: the import into a new database, then the raw insert of its rows; both times. */
  private double[] importRound(Path db, Path schema, List<Path> documents) throws Exception {
    List<String> args = new ArrayList<>(List.of("import", "--db", db.toString()));
    documents.forEach(d -> args.add(d.toString()));
    // The schema is made first, so that the timing holds the imports alone: a copy of an empty
    // database migrated once, so that no round runs the migration's code between two imports.
    Files.copy(schema, db);
    Path log = Path.of(schema + "-wal");
    if (Files.exists(log)) {
      Files.copy(log, Path.of(db + "-wal"));
    }
    long started = System.nanoTime();
    int status = quietly(() -> Main.run(args.toArray(String[]::new)));
    double importSeconds = (System.nanoTime() - started) / 1e9;
    if (status != 0) {
      throw new IllegalStateException("import failed with status " + status);
    }
    return new double[] {importSeconds, RawInsert.reinsert(db, documents.size())};
  }

  // HTTP

  /** How long each round of warm-up lasts, and how long warming up may take at most. */
  private static final Duration WARM_UP_ROUND = Duration.ofSeconds(2);

  private static final String ONE_INSPECTION = "JSON GET of one inspection";
  private static final String EVERY_INSPECTION = "JSON GET of another inspection each request";

  private Duration warmUpAtMost() {
    return settings.warmUpTime().multipliedBy(10);
  }

  private LoadDriver.Figures bareJavalin(LoadDriver driver) throws Exception {
    Path logFile = settings.work().resolve("bare-javalin.log");
    try (ServerProcess bare = ServerProcess.startBare(settings.jar(), logFile)) {
      var uri = bare.uri("/");
      driver.warmUntilSteady(List.of(uri), settings.maxRequests(), WARM_UP_ROUND, warmUpAtMost());
      var figures = driver.run("bare", List.of(uri), settings.maxRequests(), settings.loadTime());
      log.printf("bare Javalin: %.0f requests/s%n", figures.perSecond());
      return figures;
    }
  }

  /** A database holding the dataset at the settings' scale, generated once and kept. */
  private String database(String kind) throws Exception {
    String location;
    if (kind.equals("sqlite")) {
      Path file =
          settings
              .work()
              .resolve(String.format(Locale.ROOT, "scale-%s.db", scaleText(settings.scale())));
      location = file.toString();
      if (Files.isRegularFile(file.resolveSibling(file.getFileName() + ".complete"))) {
        log.println("reusing the dataset in " + file);
        return location;
      }
      Files.deleteIfExists(file);
    } else {
      location = kind;
    }
    log.println("generating the dataset at scale " + settings.scale() + " …");
    long started = System.nanoTime();
    int status =
        Main.run("demo", "generate", "--scale", String.valueOf(settings.scale()), "--db", location);
    if (status != 0) {
      throw new IllegalStateException("demo generate failed with status " + status);
    }
    log.printf("dataset ready in %.0f s%n", (System.nanoTime() - started) / 1e9);
    if (kind.equals("sqlite")) {
      Files.writeString(Path.of(location + ".complete"), "");
    }
    return location;
  }

  private void http(
      String store, String database, LoadDriver driver, LoadDriver.Figures bare, boolean startup)
      throws Exception {
    Path logFile = settings.work().resolve("serve-" + store.toLowerCase(Locale.ROOT) + ".log");
    String token = token(database, "bench-reader", "READER");
    driver = driver.withBearer(token);
    if (startup) {
      startups(store, database, logFile);
    }
    try (ServerProcess server = ServerProcess.start(settings.jar(), database, logFile)) {
      String inspection = middleInspection(database);
      Map<String, List<URI>> endpoints = new LinkedHashMap<>();
      endpoints.put("Dashboard page `/`", List.of(server.uri("/")));
      endpoints.put("Inspection page", List.of(server.uri("/inspections/" + inspection)));
      endpoints.put("Overdue list `/overdue`", List.of(server.uri("/overdue")));
      endpoints.put(ONE_INSPECTION, List.of(server.uri("/api/inspections/" + inspection)));
      endpoints.put(
          EVERY_INSPECTION,
          inspections(database).stream().map(id -> server.uri("/api/inspections/" + id)).toList());
      for (List<URI> uris : endpoints.values()) {
        driver.run("warm-up", uris, settings.maxRequests(), settings.warmUpTime());
      }
      double warm = server.residentMiB();
      for (var endpoint : endpoints.entrySet()) {
        driver.warmUntilSteady(
            endpoint.getValue(), settings.maxRequests(), WARM_UP_ROUND, warmUpAtMost());
        var figures =
            driver.run(
                endpoint.getKey(),
                endpoint.getValue(),
                settings.maxRequests(),
                settings.loadTime());
        log.printf(
            "%s %s: %.0f/s p50 %.1f ms p99 %.1f ms%n",
            store,
            endpoint.getKey(),
            figures.perSecond(),
            figures.p50Millis(),
            figures.p99Millis());
        double ratio = figures.perSecond() / bare.perSecond();
        String target = "";
        String met = "";
        if (endpoint.getKey().startsWith("Dashboard")) {
          double most = store.equals("SQLite") ? 20 : 30;
          target = String.format(Locale.ROOT, "p99 ≤ %.0f ms", most);
          met = verdict(figures.p99Millis() <= most, most / figures.p99Millis());
        } else if (endpoint.getKey().equals(ONE_INSPECTION)) {
          target = "≥ 75% of bare";
          met = verdict(ratio >= 0.75, ratio / 0.75);
        } else if (endpoint.getKey().equals(EVERY_INSPECTION)) {
          target = "≥ 40% of bare";
          met = verdict(ratio >= 0.4, ratio / 0.4);
        }
        rows.add(
            new Row(
                endpoint.getKey() + " (" + store + ")",
                String.format(
                    Locale.ROOT,
                    "%.0f req/s; p50 %.1f ms; p99 %.1f ms (%d requests)",
                    figures.perSecond(),
                    figures.p50Millis(),
                    figures.p99Millis(),
                    figures.requests()),
                String.format(Locale.ROOT, "%.0f req/s (bare Javalin)", bare.perSecond()),
                percent(ratio),
                target,
                met));
      }
      double loaded = server.residentMiB();
      rows.add(
          new Row(
              "Resident memory after warm-up / after load (" + store + ")",
              String.format(Locale.ROOT, "%.0f MiB / %.0f MiB", warm, loaded),
              "",
              "",
              "≤ 300 MB under load",
              verdict(loaded * 1.048576 <= 300, 300 / (loaded * 1.048576))));
      walkEveryRoute(
          store, database, server, driver.withBearer(token(database, "bench-admin", "ADMIN")));
      pastDays(store, database, server);
    }
  }

  /**
   * Pages of past days: the first views of records' pages, each of a day not asked before, then the
   * dashboard of a past day; the server's resident memory after them.
   */
  private void pastDays(String store, String database, ServerProcess server) throws Exception {
    PastDays past = new PastDays(server, token(database, "bench-admin", "ADMIN"));
    for (PastDays.Views views : past.firstViews(database)) {
      log.printf("%s %s: %s%n", store, views.page(), PastDays.describe(views));
      rows.add(
          new Row(
              "Page of a past day, first view, `" + views.page() + "` (" + store + ")",
              PastDays.describe(views),
              "",
              "",
              "p99 ≤ 500 ms",
              verdict(
                  views.ok() == views.asked()
                      && views.p99Millis() <= PastDays.FIRST_VIEW_TARGET_MILLIS,
                  PastDays.FIRST_VIEW_TARGET_MILLIS / views.p99Millis())));
    }
    PastDays.Whole dashboard = past.dashboard();
    rows.add(
        new Row(
            "Dashboard of a past day, `/?asOf=` (" + store + ")",
            String.format(
                Locale.ROOT,
                "%d in %.0f ms%s",
                dashboard.status(),
                dashboard.millis(),
                dashboard.detail().isEmpty() ? "" : ": refused, it " + dashboard.detail()),
            "",
            "",
            "no 5xx",
            verdict(dashboard.status() < 500, 1)));
    double resident = server.residentMiB();
    rows.add(
        new Row(
            "Resident memory after the pages of past days (" + store + ")",
            String.format(Locale.ROOT, "%.0f MiB", resident),
            "",
            "",
            "≤ 300 MB",
            verdict(resident * 1.048576 <= 300, 300 / (resident * 1.048576))));
  }

  /**
   * Every GET route of the route table, as an administrator (who may read every page), a second
   * each of warm-up and of load at most: the server's resident memory is read after the walk.
   */
  private void walkEveryRoute(String store, String database, ServerProcess server, LoadDriver admin)
      throws Exception {
    String adminToken = token(database, "bench-admin", "ADMIN");
    Duration each =
        settings.loadTime().compareTo(ROUTE_LOAD) < 0 ? settings.loadTime() : ROUTE_LOAD;
    routes.put(
        store,
        new EveryRoute()
            .walk(
                org.probationinspections.cli.testing.RouteTable.shippedGets(),
                EveryRoute.Samples.of(database),
                server,
                admin,
                adminToken,
                settings.maxRequests(),
                each,
                each,
                log));
    residentAfterWalk.put(store, server.residentMiB());
  }

  /** The load of each route in the walk of every route, at most. */
  private static final Duration ROUTE_LOAD = Duration.ofSeconds(2);

  /**
   * An API token of a user of {@code role}, made with {@code inspections users}: every page needs a
   * signed-in user.
   */
  private String token(String database, String username, String role) throws Exception {
    Path password = settings.work().resolve("bench-password.txt");
    Files.writeString(password, "benchmark-reader-password-1");
    // Refused when the user is there already (a reused dataset): the token is made all the same.
    quietly(
        () ->
            Main.run(
                "users",
                "add",
                username,
                "--role",
                role,
                "--password-file",
                password.toString(),
                "--db",
                database));
    var printed = new java.io.ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      Main.run("users", "token", "create", username, "--label", "benchmark", "--db", database);
    } finally {
      System.setOut(out);
    }
    return printed
        .toString(java.nio.charset.StandardCharsets.UTF_8)
        .lines()
        .filter(line -> line.startsWith("Send it as: Authorization: Bearer "))
        .map(line -> line.substring("Send it as: Authorization: Bearer ".length()).trim())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no token: " + printed));
  }

  /** Every inspection's id in a fixed shuffled order: each request then asks for another one. */
  private static List<String> inspections(String database) throws Exception {
    String url = database.startsWith("jdbc:") ? database : "jdbc:sqlite:" + database;
    List<String> ids = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("SELECT id FROM inspections ORDER BY id")) {
      while (result.next()) {
        ids.add(result.getString(1));
      }
    }
    Collections.shuffle(ids, new Random(7));
    return ids;
  }

  private static String middleInspection(String database) throws Exception {
    String url = database.startsWith("jdbc:") ? database : "jdbc:sqlite:" + database;
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      int count;
      try (ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM inspections")) {
        result.next();
        count = result.getInt(1);
      }
      try (PreparedStatement query =
          connection.prepareStatement("SELECT id FROM inspections ORDER BY id LIMIT 1 OFFSET ?")) {
        query.setInt(1, count / 2);
        try (ResultSet result = query.executeQuery()) {
          result.next();
          return result.getString(1);
        }
      }
    }
  }

  // helpers

  static String scaleText(double scale) {
    return scale == Math.rint(scale)
        ? String.valueOf((long) scale)
        : String.valueOf(scale).replace('.', '_');
  }

  /**
   * Startup as a user meets it, on an existing database: the launcher's start to the first answer,
   * the median of {@code settings.starts()} starts, each beside a start of a bare Javalin, Jdbi and
   * SQLite server on the same file, started the same way (on SQLite only: the bare server has no
   * PostgreSQL).
   */
  private void startups(String store, String database, Path logFile) throws Exception {
    boolean sqlite = store.equals("SQLite");
    Path bareLog = settings.work().resolve("bare-database.log");
    ServerProcess.forgetBareDatabase(settings.work());
    List<Double> product = new ArrayList<>();
    List<Double> bare = new ArrayList<>();
    for (int start = 0; start < settings.starts(); start++) {
      try (ServerProcess server = ServerProcess.start(settings.jar(), database, logFile)) {
        product.add(server.startupMillis);
      }
      if (sqlite) {
        try (ServerProcess server =
            ServerProcess.startBareDatabase(settings.jar(), Path.of(database), bareLog)) {
          bare.add(server.startupMillis);
        }
      }
    }
    log.printf("%s startups: %s; bare: %s%n", store, product, bare);
    double ours = median(product);
    String measure =
        "Startup, the launcher to the first HTTP 200 ("
            + store
            + (product.size() == 1
                ? "; one start)"
                : "; the median of " + product.size() + " starts)");
    if (!sqlite) {
      rows.add(new Row(measure, millis(ours, product), "", "", "", ""));
      return;
    }
    double limit = median(bare);
    double ratio = ours / limit;
    rows.add(
        new Row(
            measure,
            millis(ours, product),
            millis(limit, bare)
                + " (bare Javalin, Jdbi and SQLite on the same file, started the same way)",
            String.format(Locale.ROOT, "%.2f×", ratio),
            "≤ 1.3× bare",
            verdict(ratio <= 1.3, 1.3 / ratio)));
  }

  /** A median in milliseconds, with every start's figure when there were several. */
  private static String millis(double median, List<Double> each) {
    String value = String.format(Locale.ROOT, "%.0f ms", median);
    if (each.size() == 1) {
      return value;
    }
    return value
        + each.stream()
            .map(ms -> String.format(Locale.ROOT, "%.0f", ms))
            .collect(java.util.stream.Collectors.joining(", ", " (", ")"));
  }

  private static String percent(double ratio) {
    return String.format(Locale.ROOT, "%.0f%%", ratio * 100);
  }

  /**
   * "met", or by how much it was missed: {@code headroom} is target over actual (below 1 misses).
   */
  private static String verdict(boolean met, double headroom) {
    if (met) {
      return "met";
    }
    return String.format(Locale.ROOT, "missed by %.0f%%", (1 - headroom) * 100);
  }

  private interface Action {
    int run() throws Exception;
  }

  private static int quietly(Action action) throws Exception {
    PrintStream out = System.out;
    System.setOut(new PrintStream(OutputStream.nullOutputStream()));
    try {
      return action.run();
    } finally {
      System.setOut(out);
    }
  }

  static Optional<Path> firstExisting(Path... paths) {
    for (Path path : paths) {
      if (Files.exists(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }
}
