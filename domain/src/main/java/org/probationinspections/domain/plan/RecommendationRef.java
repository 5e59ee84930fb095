package org.probationinspections.domain.plan;

import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.inspection.InspectionId;

/** Points at one recommendation: the inspection that made it and its number there. */
public record RecommendationRef(InspectionId inspectionId, int number) {

  public RecommendationRef {
    Require.present("inspectionId", inspectionId);
    Require.positive("recommendationNumber", number);
  }
}
