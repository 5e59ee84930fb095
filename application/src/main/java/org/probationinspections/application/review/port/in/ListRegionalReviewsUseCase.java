package org.probationinspections.application.review.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;

/** The regional letters of one region, or all of them, newest first. */
public interface ListRegionalReviewsUseCase {

  List<RegionalReviewDocument> list(Optional<String> region);

  /** A page of the same list, newest first: only the page's letters are made into documents. */
  CursorPage<RegionalReviewDocument> page(Optional<String> region, CursorPage.Request page);
}
