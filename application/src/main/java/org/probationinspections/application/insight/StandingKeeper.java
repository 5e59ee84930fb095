package org.probationinspections.application.insight;

import java.util.List;
import java.util.Map;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.InspectionDigest;
import org.probationinspections.application.shared.Forwarding;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.domain.inspection.Inspection;

/**
 * Stores an inspection's standing (score, maximum, overall rating) with each save, under the rules
 * in force, so that the product always holds what it last stated of every inspection: when a
 * framework's rules change, {@link Standings#catchUp} and a recomputation can say what each rating
 * was before.
 */
public record StandingKeeper(
    InspectionRepository store, InspectionSummaries summaries, FrameworkCatalog frameworks)
    implements Forwarding.Inspections {

  /** The ports with every inspection saved keeping its standing. */
  public static Ports wrap(Ports ports) {
    return ports.withInspections(
        new StandingKeeper(ports.inspections(), ports.inspectionSummaries(), ports.frameworks()));
  }

  @Override
  public long save(Inspection inspection) {
    long version = store.save(inspection);
    frameworks
        .find(inspection.frameworkId())
        .ifPresent(
            framework -> {
              for (InspectionDigest digest : summaries.digests(List.of(inspection.id()))) {
                summaries.recordStandings(
                    Standings.rules(framework),
                    Map.of(digest.id(), Standings.standing(digest, framework)));
              }
            });
    return version;
  }
}
