package org.probationinspections.cli.command;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Prints the groups of a regional review's recommendations one plan item could answer. */
@Command(
    name = "suggest-items",
    mixinStandardHelpOptions = true,
    description = {
      "Suggest which recommendations of a region's regional review one action-plan item could"
          + " answer: groups from different PDUs that say the same thing, most alike first,"
          + " with the words they share and any decision taken on them."
    })
final class SuggestItemsCommand implements Callable<Integer> {

  enum Format {
    text,
    json
  }

  @Mixin DatabaseOptions database;

  @Option(names = "--region", required = true, description = "The region, by name or id")
  String region;

  @Option(names = "--review", description = "A review id (default: the region's latest)")
  String review;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: text)")
  Format format;

  @Override
  public Integer call() throws Exception {
    return database.run(
        component -> {
          component
              .useCases()
              .today()
              .itemSuggestions()
              .print(region, Optional.ofNullable(review), format);
          return 0;
        });
  }
}
