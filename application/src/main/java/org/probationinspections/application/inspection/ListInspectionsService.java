package org.probationinspections.application.inspection;

import java.util.List;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;

/**
 * Inspections as summary lines, newest fieldwork first. The store filters and pages; the summary of
 * each line on the page is computed by the domain from its digest.
 */
record ListInspectionsService(InspectionSummaries summaries, Directory directory)
    implements ListInspectionsUseCase {

  @Override
  public Page<InspectionSummary> list(Query query) {
    var found =
        summaries.find(
            new InspectionSummaries.Filter(
                query.region().map(directory::region).map(Region::id),
                query.pdu().map(directory::pdu).map(Pdu::id),
                query.year(),
                query.level(),
                query.latestOnly(),
                InspectionSummaries.Order.NEWEST_FIRST,
                query.page().offset(),
                query.page().limit()));
    List<InspectionSummary> lines =
        found.items().stream()
            .map(
                digest ->
                    InspectionDocuments.summary(digest, directory.framework(digest.frameworkId())))
            .toList();
    return new Page<>(lines, query.page().offset(), query.page().limit(), found.total());
  }
}
