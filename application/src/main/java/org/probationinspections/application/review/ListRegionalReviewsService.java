package org.probationinspections.application.review;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.ReviewDocuments;
import org.probationinspections.domain.review.RegionalReview;

/** Regional letters, newest first. */
record ListRegionalReviewsService(
    ReviewRepository reviews, InspectionRepository inspections, Directory directory)
    implements ListRegionalReviewsUseCase {

  @Override
  public CursorPage<RegionalReviewDocument> page(Optional<String> region, CursorPage.Request page) {
    Names names = new Names(directory);
    CursorPage<RegionalReview> letters =
        CursorPage.slice(
            directory.inRegionOrAll(region, reviews::findByRegion, reviews::findAll), page);
    return new CursorPage<>(
        letters.items().stream().map(r -> ReviewDocuments.document(r, inspections, names)).toList(),
        letters.next());
  }

  @Override
  public List<RegionalReviewDocument> list(Optional<String> region) {
    Names names = new Names(directory);
    return directory.inRegionOrAll(region, reviews::findByRegion, reviews::findAll).stream()
        .map(r -> ReviewDocuments.document(r, inspections, names))
        .toList();
  }
}
