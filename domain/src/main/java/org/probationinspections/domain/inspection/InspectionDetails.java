package org.probationinspections.domain.inspection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.domain.common.Require;

/** The facts of an inspection other than its results. */
public record InspectionDetails(
    LocalDate fieldworkStarted,
    Optional<YearMonth> published,
    Optional<String> leadInspector,
    OptionalInt casesInspected) {

  public InspectionDetails {
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
