package org.probationinspections.domain.inspection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.domain.common.Require;

/**
 * The facts of an inspection other than its results; {@code judgement} is the inspectors' judgement
 * in words, where the report gives one (a dynamic inspection gives it instead of a rating).
 */
public record InspectionDetails(
    LocalDate fieldworkStarted,
    Optional<YearMonth> published,
    Optional<String> leadInspector,
    OptionalInt casesInspected,
    Optional<String> judgement) {

  /** The facts of an inspection that gives no judgement in words. */
  public InspectionDetails(
      LocalDate fieldworkStarted,
      Optional<YearMonth> published,
      Optional<String> leadInspector,
      OptionalInt casesInspected) {
    this(fieldworkStarted, published, leadInspector, casesInspected, Optional.empty());
  }

  public InspectionDetails {
    judgement =
        Require.present("judgement", judgement).map(String::strip).filter(j -> !j.isEmpty());
    Require.sensibleDate("fieldworkStarted", fieldworkStarted);
    Require.present("published", published);
    published.ifPresent(month -> Require.sensibleMonth("published", month));
    Require.present("leadInspector", leadInspector);
    Require.present("casesInspected", casesInspected);
    leadInspector = leadInspector.map(String::strip).filter(name -> !name.isEmpty());
    if (casesInspected.isPresent()) {
      Require.positive("casesInspected", casesInspected.getAsInt());
    }
  }
}
