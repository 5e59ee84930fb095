package org.probationinspections.application.plan.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.review.ReviewId;

/**
 * Starts a region's action plan in answer to a regional review, or to one inspection of the region
 * (its own inspection as a region, say).
 */
public interface DraftActionPlanUseCase {

  ActionPlanId draft(Command command);

  record Command(
      String region,
      Optional<ReviewId> review,
      Optional<InspectionId> inspection,
      LocalDate submitted) {
    public Command {
      region = Require.text("region", region);
      Require.present("review", review);
      Require.present("inspection", inspection);
      Require.present("submitted", submitted);
    }

    /** A plan answering a regional review, or the latest inspections of the region's units. */
    public Command(String region, Optional<ReviewId> review, LocalDate submitted) {
      this(region, review, Optional.empty(), submitted);
    }
  }
}
