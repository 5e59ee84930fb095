package org.probationinspections.application.review.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;

/** The regional letters of one region, or all of them, newest first. */
public interface ListRegionalReviewsUseCase {

  List<RegionalReviewDocument> list(Optional<String> region);
}
