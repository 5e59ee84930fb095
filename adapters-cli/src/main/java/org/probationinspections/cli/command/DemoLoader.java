package org.probationinspections.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.probationinspections.application.demo.port.in.GenerateDemoDataUseCase;
import org.probationinspections.application.importing.port.in.ImportPublishedOutcomesUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.web.PublishedOutcomesFile;

/**
 * Fills an empty database with the demo: the inspectorate's published record (shipped in the jar,
 * each outcome with its source) and the generated dataset for the PDUs the record does not hold;
 * leaves a database with data alone.
 */
public record DemoLoader(ListRegionsUseCase regions, GenerateDemoDataUseCase demoData) {

  static final long SEED = 2023;

  /** The published outcomes of 2022–2025, copied from the public record with their sources. */
  static final String PUBLISHED_RECORD = "/demo/published-outcomes.json";

  /** Whether the database holds no region yet, so that the dataset may be added. */
  boolean databaseIsEmpty() {
    return regions.list().isEmpty();
  }

  /**
   * The published record and, around it, the national dataset with the default seed, unless the
   * database holds data already.
   */
  void loadIfEmpty(PrintStream out) {
    if (!databaseIsEmpty()) {
      out.println("The database already holds data: the demo dataset is not added.");
      return;
    }
    ImportPublishedOutcomesUseCase.Command record = publishedRecord();
    out.println(
        "Loading the published record ("
            + record.rows().size()
            + " outcomes, each linked to its source) and generating demo data for the other"
            + " PDUs…");
    int made = demoData.generateAround(record, SEED);
    out.println(
        "Demo ready: "
            + record.rows().size()
            + " published outcomes, and "
            + made
            + " generated inspections (labelled as generated) with letters and action plans.");
  }

  /** The published record shipped in the jar. */
  public static ImportPublishedOutcomesUseCase.Command publishedRecord() {
    try (InputStream in = DemoLoader.class.getResourceAsStream(PUBLISHED_RECORD)) {
      if (in == null) {
        throw new IllegalStateException(PUBLISHED_RECORD + " is missing from the jar");
      }
      String name = "published-outcomes.json";
      return new ImportPublishedOutcomesUseCase.Command(
          name, PublishedOutcomesFile.read(name, in.readAllBytes()));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  /**
   * {@code scale} times the national dataset, saying every tenth of the way how far it has come
   * since {@code started} (System.nanoTime); the number of inspections made.
   */
  int generate(double scale, long seed, long started, PrintStream out) {
    int[] lastPercent = {-1};
    return demoData.generate(
        scale,
        seed,
        (done, total, inspections) -> {
          int percent = (int) (100L * done / total);
          if (percent / 10 != lastPercent[0] / 10 || done == total) {
            lastPercent[0] = percent;
            out.printf(
                "%3d%%  %d of %d regional rounds, %d inspections, %.0f s%n",
                percent, done, total, inspections, (System.nanoTime() - started) / 1e9);
          }
        });
  }
}
