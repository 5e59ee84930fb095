package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;

/** Every recommendation with the inspection, PDU and region it belongs to, read once. */
final class RecommendationIndex {

  /** One recommendation in its context. */
  record Entry(Inspection inspection, Pdu pdu, Region region, Recommendation recommendation) {

    RecommendationRef ref() {
      return new RecommendationRef(inspection.id(), recommendation.number());
    }
  }

  private final InspectionRepository inspections;
  private final Directory directory;

  RecommendationIndex(InspectionRepository inspections, Directory directory) {
    this.inspections = inspections;
    this.directory = directory;
  }

  /** Oldest fieldwork first, then by number; region and PDU by id or name. */
  List<Entry> entries(Optional<String> region, Optional<String> pdu) {
    Names names = new Names(directory);
    var regionFilter = region.map(directory::region);
    var pduFilter = pdu.map(directory::pdu);
    List<Inspection> found =
        pduFilter.isPresent() ? inspections.findByPdu(pduFilter.get().id()) : inspections.findAll();
    List<Entry> entries = new ArrayList<>();
    for (Inspection inspection : found) {
      Pdu unit = names.pdu(inspection.pduId());
      if (regionFilter.isPresent() && !unit.regionId().equals(regionFilter.get().id())) {
        continue;
      }
      Region home = names.region(unit.regionId());
      for (Recommendation rec : inspection.recommendations()) {
        entries.add(new Entry(inspection, unit, home, rec));
      }
    }
    return entries;
  }

  List<Entry> of(List<Inspection> chosen) {
    Names names = new Names(directory);
    List<Entry> entries = new ArrayList<>();
    for (Inspection inspection : chosen) {
      Pdu unit = names.pdu(inspection.pduId());
      Region home = names.region(unit.regionId());
      for (Recommendation rec : inspection.recommendations()) {
        entries.add(new Entry(inspection, unit, home, rec));
      }
    }
    return entries;
  }
}
