package org.probationinspections.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.domain.inspection.Inspection;

/** Inspections as summary lines, newest fieldwork first. */
public final class ListInspectionsService implements ListInspectionsUseCase {

  private final InspectionRepository inspections;
  private final Directory directory;

  ListInspectionsService(InspectionRepository inspections, Directory directory) {
    this.inspections = inspections;
    this.directory = directory;
  }

  @Override
  public Page<InspectionSummary> list(Query query) {
    Names names = new Names(directory);
    var region = query.region().map(directory::region);
    var pdu = query.pdu().map(directory::pdu);
    List<Inspection> selected = new ArrayList<>();
    for (Inspection inspection :
        pdu.isPresent() ? inspections.findByPdu(pdu.get().id()) : inspections.findAll()) {
      if (region.isPresent()
          && !names.pdu(inspection.pduId()).regionId().equals(region.get().id())) {
        continue;
      }
      if (query.year().isPresent()
          && inspection.details().fieldworkStarted().getYear() != query.year().get()) {
        continue;
      }
      selected.add(inspection);
    }
    if (query.latestOnly()) {
      Map<Object, Inspection> latest = new LinkedHashMap<>();
      selected.forEach(inspection -> latest.put(inspection.pduId(), inspection));
      selected = new ArrayList<>(latest.values());
    }
    selected.sort(
        Comparator.comparing((Inspection i) -> i.details().fieldworkStarted()).reversed());
    List<InspectionSummary> lines =
        selected.stream()
            .map(
                inspection ->
                    InspectionDocuments.summary(
                        inspection,
                        names.pdu(inspection.pduId()),
                        names.regionOf(inspection.pduId()),
                        directory.framework(inspection.frameworkId())))
            .toList();
    return query.page().of(lines);
  }
}
