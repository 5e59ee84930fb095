package org.probationinspections.cli.command;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Assesses every stored inspection again under the framework files in force. */
@Command(
    name = "recompute",
    mixinStandardHelpOptions = true,
    description = {
      "Assess every stored inspection again under the framework files in force, after a band"
          + " marked assumed was corrected in a framework file (give its folder with"
          + " --frameworks): each standard rated from its key questions is rated again, and"
          + " each score and overall rating stated again. Every rating that changes is listed"
          + " and written to the audit trail, all in one transaction."
    })
final class RecomputeCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Mixin DatabaseOptions database;

  @Option(names = "--dry-run", description = "List what would change, and write nothing")
  boolean dryRun;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: text)")
  Format format;

  @Override
  public Integer call() throws Exception {
    return database.run(
        component -> {
          component.useCases().today().ratingRecomputation().run(dryRun, format);
          return 0;
        });
  }
}
