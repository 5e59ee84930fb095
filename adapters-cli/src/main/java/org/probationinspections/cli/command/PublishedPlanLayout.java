package org.probationinspections.cli.command;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.SummaryDocument;
import org.probationinspections.domain.plan.ActionStatus;

/** An action plan as Markdown, in the six columns and closing table of the published plans. */
final class PublishedPlanLayout {

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  private PublishedPlanLayout() {}

  static void write(PrintStream out, ActionPlanDocument plan) {
    out.println("# ACTION PLAN: PROBATION SERVICE – " + plan.region() + " region");
    out.println();
    out.println(
        "Action Plan Submitted: "
            + plan.submitted().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)));
    if (!plan.pdus().isEmpty()) {
      out.println();
      out.println("PDUs: " + String.join(", ", plan.pdus()));
    }
    out.println();
    out.println(
        "| 1. Rec No | 2. Recommendation | 3. Agreed/ Partly Agreed/ Not Agreed"
            + " | 4. Response Action Taken/Planned | 5. Responsible Owner | 6. Target Date |");
    out.println("|---|---|---|---|---|---|");
    for (ItemDocument item : plan.items()) {
      out.println(
          "| "
              + item.number()
              + " | "
              + cell(recommendations(item.answers()))
              + " | "
              + item.response().label()
              + " | "
              + cell(response(item))
              + " | "
              + cell(
                  item.actions().stream()
                      .map(a -> String.join(", ", a.owners()))
                      .collect(Collectors.joining("<br>")))
              + " | "
              + cell(
                  item.actions().stream()
                      .map(PublishedPlanLayout::target)
                      .collect(Collectors.joining("<br>")))
              + " |");
    }
    SummaryDocument summary = plan.summary().orElseThrow();
    out.println();
    out.println("| Recommendations | |");
    out.println("|---|---|");
    out.println("| Agreed | " + summary.agreed() + " |");
    out.println("| Partly Agreed | " + summary.partlyAgreed() + " |");
    out.println("| Not Agreed | " + summary.notAgreed() + " |");
    out.println("| Total | " + summary.total() + " |");
    if (!plan.flags().isEmpty()) {
      out.println();
      out.println("Flags:");
      plan.flags().forEach(flag -> out.println("- " + flag));
    }
    out.println();
  }

  private static String recommendations(List<AnswerDocument> answers) {
    return answers.stream()
        .map(
            a ->
                a.recommendationText()
                        .orElse("recommendation " + a.recommendationNumber().orElse(0))
                    + a.pdu()
                        .map(
                            p -> " (" + p + " PDU, no. " + a.recommendationNumber().orElse(0) + ")")
                        .orElse(""))
        .collect(Collectors.joining("<br>and<br>"));
  }

  private static String response(ItemDocument item) {
    String actions =
        item.actions().stream().map(ActionDocument::text).collect(Collectors.joining("<br>"));
    String reason =
        item.reason().map(r -> "Reason: " + r.name().toLowerCase(Locale.ROOT) + ". ").orElse("");
    String explanation = item.explanation().isBlank() ? "" : item.explanation() + " ";
    return (reason + explanation + actions).strip();
  }

  private static String target(ActionDocument action) {
    if (action.status() == ActionStatus.COMPLETED) {
      return "Completed";
    }
    if (action.status() == ActionStatus.COMPLETED_AND_ONGOING) {
      return "Completed and ongoing";
    }
    return action.target().map((YearMonth m) -> m.format(MONTH)).orElse("");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
