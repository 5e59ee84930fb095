package org.probationinspections.application.importing.port.in;

import java.util.List;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.domain.common.Require;

/**
 * Stores documents in the interchange shape (one JSON export file) in one transaction: all of them
 * or, when one is refused, none. Inspections first, then regional letters, then action plans,
 * whatever order they came in, so that a letter finds its inspections and a plan what it answers.
 */
public interface ImportDocumentsUseCase {

  record Command(
      List<InspectionDocument> inspections,
      List<RegionalReviewDocument> reviews,
      List<ActionPlanDocument> plans) {
    public Command {
      inspections = Require.entries("inspections", inspections);
      reviews = Require.entries("reviews", reviews);
      plans = Require.entries("plans", plans);
    }
  }

  /** What became of each document: inspections, then letters, then plans. */
  List<ImportOutcome> importAll(Command command);
}
