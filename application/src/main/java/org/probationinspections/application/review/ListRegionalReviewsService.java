package org.probationinspections.application.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.ReviewRepository.ReviewKey;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.review.port.in.ListRegionalReviewsUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.ReviewDocuments;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.PduId;

/** Regional letters, newest first. */
record ListRegionalReviewsService(
    ReviewRepository reviews,
    InspectionRepository inspections,
    InspectionSummaries summaries,
    Directory directory,
    UnitOfWork unitOfWork)
    implements ListRegionalReviewsUseCase {

  /**
   * The page's letters (and one more, to know whether a page follows) read by the store's keys,
   * then the units of all their inspections in one read.
   */
  @Override
  public CursorPage<RegionalReviewDocument> page(Optional<String> region, CursorPage.Request page) {
    return unitOfWork.reading(
        () -> {
          Names names = new Names(directory);
          Optional<ReviewKey> after = page.cursor().map(ListRegionalReviewsService::key);
          var regionId = region.map(name -> directory.region(name).id());
          List<RegionalReview> letters = reviews.page(regionId, after, page.limit() + 1);
          List<RegionalReview> shown = letters.subList(0, Math.min(page.limit(), letters.size()));
          Map<InspectionId, PduId> units =
              summaries.units(
                  shown.stream().flatMap(letter -> letter.inspections().stream()).toList());
          Optional<String> next =
              letters.size() > page.limit()
                  ? Optional.of(cursor(ReviewKey.of(shown.get(shown.size() - 1))))
                  : Optional.empty();
          return new CursorPage<>(
              shown.stream().map(r -> ReviewDocuments.document(r, units, names)).toList(), next);
        });
  }

  private static String cursor(ReviewKey key) {
    return CursorPage.encode(key.date().toString(), key.id().value());
  }

  private static ReviewKey key(String cursor) {
    return CursorPage.decode(
        cursor,
        2,
        fields -> new ReviewKey(LocalDate.parse(fields.get(0)), new ReviewId(fields.get(1))));
  }

  @Override
  public List<RegionalReviewDocument> list(Optional<String> region) {
    Names names = new Names(directory);
    return directory.inRegionOrAll(region, reviews::findByRegion, reviews::findAll).stream()
        .map(r -> ReviewDocuments.document(r, inspections, names))
        .toList();
  }
}
