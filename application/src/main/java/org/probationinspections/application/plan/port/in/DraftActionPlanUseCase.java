package org.probationinspections.application.plan.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.review.ReviewId;

/** Starts a region's action plan in answer to a regional review. */
public interface DraftActionPlanUseCase {

  ActionPlanId draft(Command command);

  record Command(String region, Optional<ReviewId> review, LocalDate submitted) {
    public Command {
      region = Require.text("region", region);
      Require.present("review", review);
      Require.present("submitted", submitted);
    }
  }
}
