package org.probationinspections.application.review.port.in;

import java.time.LocalDate;
import java.util.List;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.ReviewId;

/** Publishes a regional letter covering inspections of the region's PDUs. */
public interface PublishRegionalReviewUseCase {

  ReviewId publish(Command command);

  record Command(
      String region,
      LocalDate date,
      List<InspectionId> inspections,
      List<Observation> observations) {
    public Command {
      region = Require.text("region", region);
      Require.present("date", date);
      Require.notEmpty("inspections", inspections);
      inspections = Require.entries("inspections", Require.present("inspections", inspections));
      observations = Require.entries("observations", observations);
    }
  }
}
