package org.probationinspections.domain.review;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.RegionId;

/**
 * A regional letter: after inspecting several PDUs of one region, the observations on the region as
 * a whole. The recommendations it lists stay with the inspections it covers.
 */
public record RegionalReview(
    ReviewId id,
    RegionId regionId,
    LocalDate date,
    List<InspectionId> inspections,
    List<Observation> observations,
    List<String> notes,
    long version) {

  public RegionalReview {
    Require.present("review.id", id);
    Require.present("review.region", regionId);
    Require.sensibleDate("review.date", date);
    Require.notEmpty("review.inspections", inspections);
    inspections = List.copyOf(new LinkedHashSet<>(inspections));
    observations = List.copyOf(Require.present("review.observations", observations));
    notes = List.copyOf(Require.present("review.notes", notes));
  }

  public boolean covers(InspectionId inspection) {
    return inspections.contains(inspection);
  }

  /** This letter at another stored version. */
  public RegionalReview atVersion(long version) {
    return new RegionalReview(id, regionId, date, inspections, observations, notes, version);
  }
}
