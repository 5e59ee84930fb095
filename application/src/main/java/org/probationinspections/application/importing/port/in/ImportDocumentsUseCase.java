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
 * An action plan stored already that changed since the export was made is refused, merged or
 * replaced as {@code onConflict} says; a refusal leaves nothing of the file stored. A dry run
 * stores nothing and says what would have been stored (a record it would create has no id yet).
 */
public interface ImportDocumentsUseCase {

  record Command(
      List<InspectionDocument> inspections,
      List<RegionalReviewDocument> reviews,
      List<ActionPlanDocument> plans,
      OnConflict onConflict,
      boolean dryRun) {
    public Command {
      inspections = Require.entries("inspections", inspections);
      reviews = Require.entries("reviews", reviews);
      plans = Require.entries("plans", plans);
      Require.present("onConflict", onConflict);
    }

    /** Stored, not a dry run. */
    public Command(
        List<InspectionDocument> inspections,
        List<RegionalReviewDocument> reviews,
        List<ActionPlanDocument> plans,
        OnConflict onConflict) {
      this(inspections, reviews, plans, onConflict, false);
    }

    /** Refusing documents older than what is stored. */
    public Command(
        List<InspectionDocument> inspections,
        List<RegionalReviewDocument> reviews,
        List<ActionPlanDocument> plans) {
      this(inspections, reviews, plans, OnConflict.REFUSE);
    }
  }

  /** What became of each document: inspections, then letters, then plans. */
  List<ImportOutcome> importAll(Command command);
}
