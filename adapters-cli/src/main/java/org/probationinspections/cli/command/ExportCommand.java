package org.probationinspections.cli.command;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.cli.wiring.UseCasesByDay;
import org.probationinspections.cli.wiring.UseCasesComponent;
import org.probationinspections.web.InterchangeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes inspections, regional letters or action plans out, as JSON, CSV or Markdown. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export inspections, reviews or action-plans.",
      "json is the interchange shape that import reads back; md prints action plans in their"
          + " published layout; csv and xlsx give one row per inspection or action."
    })
final class ExportCommand implements Callable<Integer> {

  enum What {
    inspections,
    reviews,
    action_plans,
    audit
  }

  enum Format {
    json,
    csv,
    xlsx,
    md
  }

  @Mixin DatabaseOptions database;

  @Parameters(
      paramLabel = "WHAT",
      description = "inspections, reviews, action-plans or audit (the audit trail, as JSON)",
      converter = WhatConverter.class)
  What what;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json, csv, xlsx (needs --out) or md (default: json)")
  Format format;

  @Option(names = "--region", description = "Only this region")
  String region;

  @Option(names = "--pdu", description = "Only this PDU (inspections)")
  String pdu;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout")
  Path out;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description =
          "The records as they stood at the end of this day (YYYY-MM-DD), rebuilt from the audit"
              + " trail; today or no date: as they are now")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    var component = database.open();
    try {
      UseCasesComponent services = component.useCases().today();
      if (asOf != null) {
        System.err.println("Rebuilding the records as at " + asOf + " from the audit trail...");
        Optional<UseCasesByDay.Day> then = component.useCases().at(asOf);
        then.ifPresent(
            past -> past.problems().forEach(p -> System.err.println("not rebuilt: " + p)));
        services = then.map(UseCasesByDay.Day::useCases).orElse(services);
      }
      return export(services);
    } finally {
      component.store().close();
    }
  }

  private int export(UseCasesComponent services) throws IOException {
    Optional<String> regionFilter = Optional.ofNullable(region);
    if (format == Format.xlsx && out == null) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(this), "--format xlsx writes a file: give it with --out FILE");
    }
    try (OutputStream stream = out == null ? nonClosing(System.out) : Files.newOutputStream(out)) {
      PrintStream printer = new PrintStream(stream, true, StandardCharsets.UTF_8);
      switch (what) {
        case inspections -> {
          List<InspectionDocument> documents =
              services.exportInspections().export(regionFilter, Optional.ofNullable(pdu));
          switch (format) {
            case json -> json(printer, documents);
            case csv -> Tables.inspectionsCsv(printer, documents);
            case md -> Tables.inspectionsMarkdown(printer, documents);
            case xlsx -> Workbook.inspections(stream, documents);
          }
        }
        case reviews -> {
          var documents = services.listRegionalReviews().list(regionFilter);
          if (format != Format.json) {
            throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "reviews export as json only");
          }
          json(printer, documents);
        }
        case action_plans -> {
          List<ActionPlanDocument> documents = services.exportActionPlans().export(regionFilter);
          switch (format) {
            case json -> json(printer, documents);
            case csv -> Tables.actionsCsv(printer, documents);
            case md -> documents.forEach(plan -> PublishedPlanLayout.write(printer, plan));
            case xlsx -> Workbook.actionPlans(stream, documents);
          }
        }
        case audit -> {
          if (format != Format.json) {
            throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "the audit trail exports as json only");
          }
          json(
              printer,
              services
                  .listAuditTrail()
                  .list(
                      new ListAuditTrailUseCase.Query(
                          Optional.empty(), Optional.empty(), 0, 10_000)));
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

  /** Accepts "action-plans" as well as the enum's spelling. */
  static final class WhatConverter implements picocli.CommandLine.ITypeConverter<What> {
    @Override
    public What convert(String value) {
      String name = value.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
      for (What what : What.values()) {
        if (what.name().equals(name)) {
          return what;
        }
      }
      throw new picocli.CommandLine.TypeConversionException(
          "'"
              + value
              + "' is not something to export: say inspections, reviews, action-plans or audit");
    }
  }
}
