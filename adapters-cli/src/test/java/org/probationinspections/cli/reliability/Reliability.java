package org.probationinspections.cli.reliability;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reliability harness: five probes from outside, as an attacker and a careless client would go
 * at the product (the role × write matrix, a fuzz of the JSON endpoints and importers, imports
 * killed with SIGKILL, concurrent edits on SQLite and PostgreSQL by one server and two, uploads far
 * over the limit), each counting what must not happen. Sizes are bounded and the randomness seeded,
 * so that a run is repeatable; nothing here asserts: the figures are written down.
 */
public final class Reliability {

  /**
   * What to run: the seed of every random choice and the size of each probe.
   *
   * @param fuzzRuns mutated requests to the JSON endpoints
   * @param importFuzzRuns mutated documents to the importers
   * @param killTrials trials of each kind of killed import
   * @param manyFiles files in the "many files" kind of killed import
   * @param largeJsonScale the demo dataset's scale for the one large JSON file
   * @param writers concurrent updates of distinct actions (and readers of the plan meanwhile)
   * @param sameActionRounds rounds of concurrent updates of one action with the same version
   * @param uploadMiB the sizes of the uploads over the limit
   * @param postgres whether the concurrency probe runs on PostgreSQL too
   * @param probes which probes to run (for development: {@link #ALL} by default)
   */
  public record Settings(
      long seed,
      int fuzzRuns,
      int importFuzzRuns,
      int killTrials,
      int manyFiles,
      double largeJsonScale,
      int writers,
      int sameActionRounds,
      List<Integer> uploadMiB,
      boolean postgres,
      Path work,
      Path seeds,
      Path repository,
      List<String> probes) {
    /** Every probe, in the page's order. */
    public static final List<String> ALL =
        List.of("roles", "fuzz", "kill", "concurrency", "uploads");
  }

  private Reliability() {}

  /** Runs every probe and returns the Markdown page. */
  public static String run(Settings settings, PrintStream log) throws Exception {
    long started = System.nanoTime();
    Files.createDirectories(settings.work());
    List<Section> sections = new ArrayList<>();
    for (String probe : settings.probes()) {
      switch (probe) {
        case "roles" ->
            sections.add(RoleMatrix.run(settings.work().resolve("roles"), settings.seeds(), log));
        case "concurrency" -> sections.add(Concurrency.run(settings, log));
        case "uploads" -> sections.add(Uploads.run(settings, log));
        case "fuzz" -> sections.add(Fuzz.run(settings, log));
        case "kill" -> sections.add(KilledImports.run(settings, log));
        default -> throw new IllegalArgumentException("no probe " + probe);
      }
    }
    double minutes = (System.nanoTime() - started) / 60e9;
    return Report.markdown(settings, sections, Report.commit(settings.repository()), minutes);
  }
}
