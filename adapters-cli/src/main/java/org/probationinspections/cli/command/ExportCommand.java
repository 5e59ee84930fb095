package org.probationinspections.cli.command;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.probationinspections.cli.wiring.UseCasesByDay;
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
  public Integer call() throws Exception {
    return database.run(
        component -> {
          Exports exports = component.useCases().today().exports();
          if (asOf != null) {
            System.err.println("Rebuilding the records as at " + asOf + " from the audit trail...");
            Optional<UseCasesByDay.Day> then = component.useCases().wholeDay(asOf);
            then.ifPresent(
                past -> past.problems().forEach(p -> System.err.println("not rebuilt: " + p)));
            exports = then.map(past -> past.useCases().exports()).orElse(exports);
          }
          return exports.export(
              what,
              format,
              Optional.ofNullable(region),
              Optional.ofNullable(pdu),
              out,
              message ->
                  new picocli.CommandLine.ParameterException(
                      new picocli.CommandLine(this), message));
        });
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
