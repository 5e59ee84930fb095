package org.probationinspections.cli.command;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.probationinspections.application.insight.port.in.Recomputation;
import org.probationinspections.application.insight.port.in.Recomputation.Recomputed;
import org.probationinspections.application.insight.port.in.Recomputation.StandardChange;
import org.probationinspections.application.insight.port.in.RecomputeRatingsUseCase;
import org.probationinspections.cli.command.RecomputeCommand.Format;

/**
 * What {@code recompute} does: assesses every inspection again under the framework files in force
 * and prints each rating that changed, as text or JSON; progress goes to standard error.
 */
public record RatingRecomputation(RecomputeRatingsUseCase recompute) {

  void run(boolean dryRun, Format format) throws IOException {
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    Recomputation done =
        recompute.recompute(
            dryRun,
            checked -> {
              if (checked % 2000 == 0) {
                err.printf("%,d inspections assessed…%n", checked);
              }
            });
    Printed.answer(done, format == Format.json, RatingRecomputation::text);
  }

  private static void text(PrintStream out, Recomputation done) {
    for (Recomputed changed : done.changed()) {
      out.printf(
          "%s, %s: inspection of %s (%s, %s)%n",
          changed.unit(),
          changed.region(),
          changed.fieldworkStarted(),
          changed.framework(),
          changed.inspectionId());
      for (StandardChange standard : changed.standards()) {
        out.printf(
            "  %s %s: %s, now %s%n",
            standard.code(), standard.name(), standard.before(), standard.after());
      }
      out.printf(
          "  score and overall rating: %s%n",
          changed
              .before()
              .map(before -> before.words() + ", now " + changed.after().words())
              .orElse(changed.after().words() + " (not stated before)"));
    }
    int changes = done.changed().size();
    out.printf(
        "%,d inspection%s assessed under the frameworks in force: %s%n",
        done.inspections(),
        done.inspections() == 1 ? "" : "s",
        changes == 0
            ? "no rating changed."
            : done.dryRun()
                ? changes
                    + (changes == 1 ? " inspection's ratings" : " inspections' ratings")
                    + " would change; nothing was written (--dry-run)."
                : changes
                    + (changes == 1 ? " inspection's ratings" : " inspections' ratings")
                    + " changed, each written to the audit trail.");
  }
}
