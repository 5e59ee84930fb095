package org.probationinspections.cli.command;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ConsolidationSuggestions;
import org.probationinspections.application.insight.port.in.SuggestConsolidationsUseCase;
import org.probationinspections.cli.command.SuggestItemsCommand.Format;

/**
 * What {@code suggest-items} does with its options: prints the groups of a regional review's
 * recommendations one plan item could answer, as text or JSON.
 */
public record ItemSuggestions(SuggestConsolidationsUseCase suggestions) {

  void print(String region, Optional<String> review, Format format) throws IOException {
    ConsolidationSuggestions found =
        suggestions.suggest(new SuggestConsolidationsUseCase.Query(region, review));
    Printed.answer(found, format == Format.json, ItemSuggestions::text);
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
