package org.probationinspections.cli.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.probationinspections.cli.bench.ServerProcess;
import org.probationinspections.cli.testing.Folders;
import org.probationinspections.persistence.DatabaseAdmin;
import org.probationinspections.persistence.StoreLocation;

/**
 * Probe 3: {@code inspections import} in a JVM of its own, killed with SIGKILL at a random moment,
 * on three kinds of batch: the published text seeds, one large JSON file (an export of the demo
 * dataset), and many JSON files (one inspection each). Afterwards the database must pass its
 * integrity check, and hold each file wholly or not at all: its row counts, table by table, must be
 * those of the files before some point of the batch stored and none after (measured beforehand by
 * importing the batch a file at a time, in the order the command takes them).
 */
final class KilledImports {

  private KilledImports() {}

  /** A batch: its files in the order the command stores them. */
  private record Batch(String name, List<Path> files) {}

  static Section run(Reliability.Settings settings, PrintStream log) throws Exception {
    Path work = settings.work().resolve("killed-imports");
    Folders.deleteTree(work);
    Files.createDirectories(work);
    Path template = work.resolve("migrated.db");
    check(Quietly.run("db", "migrate", "--db", template.toString()), "db migrate");

    List<Path> large = largeJson(work, settings.largeJsonScale());
    List<Batch> batches =
        List.of(
            new Batch(
                "the text seeds (" + World.seedFiles(settings.seeds()).size() + " files)",
                World.seedFiles(settings.seeds())),
            new Batch("one large JSON file (" + size(large.get(0)) + ")", List.of(large.get(0))),
            new Batch(
                "many JSON files (" + settings.manyFiles() + ", one inspection each)",
                manyFiles(work, large.get(0), settings.manyFiles())));
    Random random = new Random(settings.seed());
    List<Section.Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    Path jar = settings.repository().resolve("adapters-cli/target/inspections.jar");
    double jvmStart = jvmStart(work, jar);
    for (Batch batch : batches) {
      List<Map<String, Long>> prefixes = prefixes(work, template, batch);
      double wholeMillis = wholeRun(work, template, batch, jar);
      double firstWords = Math.min(jvmStart, wholeMillis);
      int corrupt = 0;
      int partial = 0;
      int[] storedFiles = new int[3]; // none, some, all
      for (int trial = 0; trial < settings.killTrials(); trial++) {
        Path database = work.resolve("trial.db");
        copy(template, database);
        long delay = (long) (firstWords + random.nextDouble() * (wholeMillis - firstWords));
        Process child = start(jar, database, batch, work.resolve("trial.log"));
        boolean ended = child.waitFor(delay, TimeUnit.MILLISECONDS);
        if (!ended) {
          child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, nothing rolled back by us
          child.waitFor(30, TimeUnit.SECONDS);
        }
        DatabaseAdmin.CheckResult check = new DatabaseAdmin(StoreLocation.sqlite(database)).check();
        if (!check.isHealthy()) {
          corrupt++;
          notes.add(batch.name() + ", trial " + trial + ": " + check.problems());
          continue;
        }
        Map<String, Long> counts = new TreeMap<>(check.rowCounts());
        int stored = prefixes.indexOf(counts);
        if (stored < 0) {
          partial++;
          notes.add(
              batch.name()
                  + ", trial "
                  + trial
                  + " (killed after "
                  + delay
                  + " ms): row counts "
                  + counts
                  + " match no number of whole files");
        } else {
          storedFiles[stored == 0 ? 0 : stored == batch.files().size() ? 2 : 1]++;
        }
      }
      log.printf(
          "killed imports, %s: %d trials, %d corrupt, %d partial%n",
          batch.name(), settings.killTrials(), corrupt, partial);
      figures.add(
          new Section.Figure(
              batch.name() + ": trials", settings.killTrials(), settings.killTrials()));
      figures.add(new Section.Figure(batch.name() + ": corrupt databases", corrupt, 0));
      figures.add(new Section.Figure(batch.name() + ": files partly stored", partial, 0));
      notes.add(
          String.format(
              java.util.Locale.ROOT,
              "%s: an uninterrupted import took %.0f ms, of which %.0f ms are the start of a JVM"
                  + " (`inspections --version`); the kills fell at random between the two. Files"
                  + " stored when killed: none in %d trials, some in %d, all in %d.",
              batch.name(),
              wholeMillis,
              firstWords,
              storedFiles[0],
              storedFiles[1],
              storedFiles[2]));
    }
    return new Section(
        "Imports killed with SIGKILL",
        settings.killTrials()
            + " trials for each kind of batch: `inspections import` in a JVM of its own on a"
            + " migrated SQLite database, killed (`kill -9`) at a random time between the start"
            + " of its JVM and the time an uninterrupted import of the batch takes. Then `db check` (SQLite's"
            + " integrity check) must pass, and the row counts of every table must equal those"
            + " after some number of whole files, taken in the command's order (worked out first"
            + " by importing the batch one file at a time); anything else is a file partly stored.",
        figures,
        notes);
  }

  /** The demo dataset at {@code scale}, exported as one JSON file of inspections. */
  private static List<Path> largeJson(Path work, double scale) throws Exception {
    Path demo = work.resolve("demo.db");
    check(
        Quietly.run("demo", "generate", "--scale", String.valueOf(scale), "--db", demo.toString()),
        "demo generate");
    Path out = work.resolve("inspections.json");
    check(
        Quietly.run(
            "export",
            "inspections",
            "--format",
            "json",
            "--out",
            out.toString(),
            "--db",
            demo.toString()),
        "export");
    return List.of(out);
  }

  /** The first {@code count} inspections of the large file, one to a file. */
  private static List<Path> manyFiles(Path work, Path large, int count) throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode all = json.readTree(large.toFile());
    JsonNode inspections = all.isArray() ? all : all.path("inspections");
    Path folder = Files.createDirectories(work.resolve("many"));
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < Math.min(count, inspections.size()); i++) {
      Path file = folder.resolve(String.format("inspection-%03d.json", i + 1));
      json.writeValue(file.toFile(), inspections.get(i));
      files.add(file);
    }
    return files;
  }

  /** The row counts after each number of whole files: 0, 1, … all. */
  private static List<Map<String, Long>> prefixes(Path work, Path template, Batch batch)
      throws Exception {
    Path database = work.resolve("prefixes.db");
    copy(template, database);
    StoreLocation location = StoreLocation.sqlite(database);
    List<Map<String, Long>> counts = new ArrayList<>();
    counts.add(new TreeMap<>(new DatabaseAdmin(location).check().rowCounts()));
    for (Path file : batch.files()) {
      check(Quietly.run("import", "--db", database.toString(), file.toString()), "import " + file);
      counts.add(new TreeMap<>(new DatabaseAdmin(location).check().rowCounts()));
    }
    return counts;
  }

  /** How long the batch takes to import in a JVM of its own, start included, when not killed. */
  private static double wholeRun(Path work, Path template, Batch batch, Path jar) throws Exception {
    Path database = work.resolve("whole.db");
    copy(template, database);
    Path log = work.resolve("whole.log");
    long started = System.nanoTime();
    Process child = start(jar, database, batch, log);
    if (!child.waitFor(10, TimeUnit.MINUTES) || child.exitValue() != 0) {
      child.destroyForcibly();
      throw new IllegalStateException("the import of " + batch.name() + " failed; see " + log);
    }
    return (System.nanoTime() - started) / 1e6;
  }

  /**
   * How long the command takes to start and do nothing ({@code --version}): before then a kill
   * would only stop a JVM starting.
   */
  private static double jvmStart(Path work, Path jar) throws Exception {
    List<String> command = new ArrayList<>(ServerProcess.javaCommand(jar));
    command.add("--version");
    long started = System.nanoTime();
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("version.log").toFile())
            .start();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new IllegalStateException("inspections --version did not end");
    }
    return (System.nanoTime() - started) / 1e6;
  }

  private static Process start(Path jar, Path database, Batch batch, Path log) throws Exception {
    List<String> command = new ArrayList<>(ServerProcess.javaCommand(jar));
    command.addAll(List.of("import", "--db", database.toString()));
    batch.files().forEach(file -> command.add(file.toString()));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  private static void copy(Path from, Path to) throws Exception {
    for (String suffix : List.of("-wal", "-shm", "-journal")) {
      Files.deleteIfExists(Path.of(to + suffix));
    }
    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String size(Path file) throws Exception {
    return String.format(java.util.Locale.ROOT, "%.1f MB", Files.size(file) / 1e6);
  }

  private static void check(int status, String what) {
    if (status != 0) {
      throw new IllegalStateException(what + " failed with status " + status);
    }
  }
}
