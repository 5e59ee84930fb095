package org.probationinspections.cli.command;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.inspection.port.in.ExportInspectionsUseCase;
import org.probationinspections.application.plan.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.cli.command.ExportCommand.Format;
import org.probationinspections.cli.command.ExportCommand.What;
import org.probationinspections.web.InterchangeJson;

/**
 * What {@code export} does with its options: writes inspections, regional letters, action plans or
 * the audit trail, over today's records or a past day's (whichever use cases it was built with).
 */
public record Exports(
    ExportInspectionsUseCase inspections,
    ListRegionalReviewsUseCase reviews,
    ExportActionPlansUseCase plans,
    ListAuditTrailUseCase auditTrail) {

  /**
   * Writes {@code what} in {@code format} to {@code out}, or to stdout when there is none; a
   * combination of options that cannot be written is refused through {@code usageError}.
   */
  int export(
      What what,
      Format format,
      Optional<String> region,
      Optional<String> pdu,
      Path out,
      Function<String, RuntimeException> usageError)
      throws IOException {
    if (format == Format.xlsx && out == null) {
      throw usageError.apply("--format xlsx writes a file: give it with --out FILE");
    }
    try (OutputStream stream = out == null ? nonClosing(System.out) : Files.newOutputStream(out)) {
      PrintStream printer = new PrintStream(stream, true, StandardCharsets.UTF_8);
      switch (what) {
        case inspections -> {
          List<InspectionDocument> documents = inspections.export(region, pdu);
          switch (format) {
            case json -> json(printer, documents);
            case csv -> Tables.inspectionsCsv(printer, documents);
            case md -> Tables.inspectionsMarkdown(printer, documents);
            case xlsx -> Workbook.inspections(stream, documents);
          }
        }
        case reviews -> {
          var documents = reviews.list(region);
          if (format != Format.json) {
            throw usageError.apply("reviews export as json only");
          }
          json(printer, documents);
        }
        case action_plans -> {
          List<ActionPlanDocument> documents = plans.export(region);
          switch (format) {
            case json -> json(printer, documents);
            case csv -> Tables.actionsCsv(printer, documents);
            case md -> documents.forEach(plan -> PublishedPlanLayout.write(printer, plan));
            case xlsx -> Workbook.actionPlans(stream, documents);
          }
        }
        case audit -> {
          if (format != Format.json) {
            throw usageError.apply("the audit trail exports as json only");
          }
          json(
              printer,
              auditTrail.list(
                  new ListAuditTrailUseCase.Query(Optional.empty(), Optional.empty(), 0, 10_000)));
        }
      }
      printer.flush();
    }
    if (out != null) {
      System.err.println("Written to " + out);
    }
    return 0;
  }

  private static void json(PrintStream printer, Object documents) throws IOException {
    printer.println(
        InterchangeJson.mapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(documents));
  }

  private static OutputStream nonClosing(PrintStream stream) {
    return new java.io.FilterOutputStream(stream) {
      @Override
      public void close() {
        stream.flush();
      }
    };
  }
}
