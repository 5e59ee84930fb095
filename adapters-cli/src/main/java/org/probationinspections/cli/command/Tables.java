package org.probationinspections.cli.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;

/** Flat tables of the exported records, one row each, for spreadsheets and boards. */
final class Tables {

  private static final List<String> CODES =
      List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5");

  private Tables() {}

  static void inspectionsCsv(PrintStream out, List<InspectionDocument> inspections) {
    List<String> header =
        new ArrayList<>(
            List.of("id", "pdu", "region", "fieldworkStarted", "published", "casesInspected"));
    CODES.forEach(code -> header.add("rating " + code));
    header.addAll(
        List.of(
            "score",
            "maxScore",
            "overallRating",
            "flags",
            "publishedSummary",
            "source",
            "publicationDate",
            "framework",
            "judgement"));
    row(out, header);
    for (InspectionDocument i : inspections) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  i.id().orElse(""),
                  i.pdu(),
                  i.region().orElse(""),
                  i.fieldworkStarted().map(Object::toString).orElse(""),
                  i.published().map(Object::toString).orElse(""),
                  i.casesInspected().map(Object::toString).orElse("")));
      CODES.forEach(code -> cells.add(rating(i, code)));
      cells.add(i.score().map(Object::toString).orElse(""));
      cells.add(i.maxScore().map(Object::toString).orElse(""));
      cells.add(i.overallRating().map(Enum::name).orElse(""));
      cells.add(String.join("; ", i.flags()));
      cells.add(i.publishedRecord().map(r -> Boolean.toString(r.summary())).orElse(""));
      cells.add(i.publishedRecord().map(r -> r.source()).orElse(""));
      cells.add(
          i.publishedRecord()
              .map(
                  r ->
                      r.published().orElse("")
                          + r.publishedNote().map(n -> " (" + n + ")").orElse(""))
              .orElse(""));
      cells.add(i.framework());
      cells.add(i.judgement().orElse(""));
      row(out, cells);
    }
  }

  static void inspectionsMarkdown(PrintStream out, List<InspectionDocument> inspections) {
    out.println(
        "| PDU | Region | Fieldwork | " + String.join(" | ", CODES) + " | Score | Overall |");
    out.println("|---|---|---|" + "---|".repeat(CODES.size()) + "---|---|");
    for (InspectionDocument i : inspections) {
      out.println(
          "| "
              + i.pdu()
              + (i.publishedRecord().map(r -> r.summary()).orElse(false)
                  ? " (published summary, " + i.publishedRecord().get().source() + ")"
                  : "")
              + " | "
              + i.region().orElse("")
              + " | "
              + i.fieldworkStarted().map(Object::toString).orElse("")
              + " | "
              + CODES.stream().map(code -> rating(i, code)).collect(Collectors.joining(" | "))
              + " | "
              + i.score().orElse(0)
              + "/"
              + i.maxScore().orElse(0)
              + " | "
              + i.overallRating().map(Enum::name).orElse("")
              + " |");
    }
  }

  static void actionsCsv(PrintStream out, List<ActionPlanDocument> plans) {
    row(
        out,
        List.of(
            "planId",
            "region",
            "submitted",
            "item",
            "response",
            "reason",
            "action",
            "text",
            "owners",
            "target",
            "status",
            "daysOverdue"));
    for (ActionPlanDocument plan : plans) {
      for (ItemDocument item : plan.items()) {
        for (ActionDocument action : item.actions()) {
          row(
              out,
              List.of(
                  plan.id().orElse(""),
                  plan.region(),
                  plan.submitted().toString(),
                  String.valueOf(item.number()),
                  item.response().name(),
                  item.reason().map(Enum::name).orElse(""),
                  action.number().map(Object::toString).orElse(""),
                  action.text(),
                  String.join("; ", action.owners()),
                  action.target().map(Object::toString).orElse(""),
                  action.status().name(),
                  action.daysOverdue().map(Object::toString).orElse("")));
        }
      }
    }
  }

  private static String rating(InspectionDocument inspection, String code) {
    return inspection.standards().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .flatMap(StandardDocument::rating)
        .map(Enum::name)
        .orElse("");
  }

  /** One CSV line (RFC 4180): quote every cell, double the quotes inside. */
  private static void row(PrintStream out, List<String> cells) {
    out.print(
        cells.stream()
            .map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"")
            .collect(Collectors.joining(",")));
    out.print("\r\n");
  }
}
