package org.probationinspections.cli.command;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.probationinspections.application.insight.port.in.ConsolidationSuggestions;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.web.InterchangeJson;
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
    var component = database.open();
    try {
      ConsolidationSuggestions suggestions =
          component
              .useCases()
              .today()
              .suggestConsolidations()
              .suggest(new SuggestConsolidationsUseCase.Query(region, Optional.ofNullable(review)));
      PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
      if (format == Format.json) {
        out.println(
            InterchangeJson.mapper()
                .copy()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(suggestions));
      } else {
        text(out, suggestions);
      }
      out.flush();
      return 0;
    } finally {
      component.store().close();
    }
  }

  private static void text(PrintStream out, ConsolidationSuggestions s) {
    out.printf(
        "%s, regional review %s of %s: %d recommendations, %d suggested groups%n",
        s.region(), s.reviewId(), s.reviewDate(), s.recommendations(), s.groups().size());
    for (ConsolidationSuggestions.Group g : s.groups()) {
      out.printf(
          Locale.ROOT,
          "%n%d. similarity %.2f; shared: %s%s%n",
          g.rank(),
          g.similarity(),
          String.join(", ", g.sharedWords()),
          g.decision().map(d -> " [" + d.verdict() + " by " + d.by() + "]").orElse(""));
      for (ConsolidationSuggestions.Member m : g.members()) {
        out.printf("   %s %d (%s): %s%n", m.pdu(), m.number(), m.addressee().name(), m.text());
      }
    }
  }
}
