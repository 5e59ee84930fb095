package org.probationinspections.cli.reliability;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.probationinspections.cli.bench.PostgresForBenchmark;
import org.probationinspections.domain.account.Role;

/**
 * Probe 4: {@link ConcurrentEdits} on the North West plan of the seeds, on SQLite and on an
 * embedded PostgreSQL, through one server and through two on the same database (the session signed
 * in on the first, the callers spread over both).
 */
public final class Concurrency {

  private Concurrency() {}

  static Section run(Reliability.Settings settings, PrintStream log) throws Exception {
    Path work = settings.work().resolve("concurrency");
    Files.createDirectories(work);
    List<Section.Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (int servers = 1; servers <= 2; servers++) {
      Path file = work.resolve("sqlite-" + servers + ".db");
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(file + suffix));
      }
      measure("SQLite", file.toString(), servers, settings, figures, notes, log);
    }
    if (settings.postgres()) {
      for (int servers = 1; servers <= 2; servers++) {
        try (PostgresForBenchmark postgres =
            PostgresForBenchmark.fresh(work.resolve("postgres-" + servers))) {
          measure("PostgreSQL", postgres.url(), servers, settings, figures, notes, log);
        }
      }
    }
    return new Section(
        "Concurrent edits",
        "On the North West action plan of the seeds, on "
            + (settings.postgres() ? "SQLite and an embedded PostgreSQL" : "SQLite")
            + ", through one server and through two on one database (signed in on the first;"
            + " the callers take the servers in turn): "
            + settings.writers()
            + " updates of "
            + settings.writers()
            + " distinct actions at once, sent without a version (a 409 is a false conflict; an"
            + " update missing afterwards is lost); then "
            + settings.sameActionRounds()
            + " rounds of "
            + settings.writers()
            + " updates of one action at once, all sent with the version read before the round"
            + " (exactly one must win and be the change kept, else the round counts one lost"
            + " update); and readers of the whole plan throughout, one a server at least (a read"
            + " that is not a 200 with the plan's items and actions whole is torn). Errors are"
            + " answers other than 2xx and 409.",
        figures,
        notes);
  }

  private static void measure(
      String store,
      String database,
      int servers,
      Reliability.Settings settings,
      List<Section.Figure> figures,
      List<String> notes,
      PrintStream log)
      throws Exception {
    World.importSeeds(database, settings.seeds());
    List<Served> running = new ArrayList<>();
    try {
      for (int s = 0; s < servers; s++) {
        running.add(Served.start(database));
      }
      running.get(0).addUser("admin-probe", Role.ADMIN, List.of(), World.PASSWORD);
      Http http = new Http();
      Http.Session session = http.signIn(running.get(0).base(), "admin-probe", World.PASSWORD);
      String plan = planId(http, running.get(0).base(), session);
      ConcurrentEdits.Counts counts =
          ConcurrentEdits.run(
              running.stream().map(Served::base).toList(),
              session,
              plan,
              settings.writers(),
              settings.sameActionRounds(),
              settings.seed());
      String where = store + ", " + (servers == 1 ? "one server" : servers + " servers");
      log.printf("concurrent edits, %s: %s%n", where, counts);
      figures.add(
          new Section.Figure(
              where + ": false conflicts (of " + counts.distinctUpdates() + " updates)",
              counts.falseConflicts(),
              0));
      figures.add(
          new Section.Figure(
              where
                  + ": lost updates (of "
                  + counts.distinctUpdates()
                  + " distinct and "
                  + counts.versionedRounds()
                  + " versioned rounds)",
              counts.lostUpdates(),
              0));
      figures.add(
          new Section.Figure(
              where + ": torn reads (of " + counts.reads() + " reads)", counts.tornReads(), 0));
      figures.add(new Section.Figure(where + ": errors", counts.errors(), 0));
      counts.notes().stream().limit(10).forEach(note -> notes.add(where + ": " + note));
    } finally {
      for (Served server : running) {
        server.close();
      }
    }
  }

  /** The id of North West's plan, read from the server at {@code base}. */
  public static String planId(Http http, String base, Http.Credentials who) throws Exception {
    return World.find(
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(http.get(java.net.URI.create(base + "/api/action-plans"), who).body()),
            "region",
            World.REGION)
        .path("id")
        .asText();
  }
}
