package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.probationinspections.persistence.Fixtures.CHESHIRE_WEST;
import static org.probationinspections.persistence.Fixtures.GATESHEAD;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;

/**
 * The regional reviews: a round trip with every field, newest first and by region, optimistic
 * locking.
 */
abstract class ReviewRepositoryContract extends StoreContract {

  @Test
  void review_savedAndFound_keepsEveryField() {
    saveUnits();
    Inspection a = savedInspection("insp-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection b = savedInspection("insp-b", CHESHIRE_WEST, LocalDate.of(2022, 12, 5));
    RegionalReview review =
        Fixtures.review("review-nw", NORTH_WEST, LocalDate.of(2023, 6, 1), List.of(b.id(), a.id()));

    long version = store.reviews().save(review);

    assertEquals(1, version);
    RegionalReview found = store.reviews().findById(review.id()).orElseThrow();
    assertEquals(
        new RegionalReview(
            review.id(),
            review.regionId(),
            review.date(),
            review.inspections(),
            review.observations(),
            review.notes(),
            1),
        found);
  }

  @Test
  void reviews_areOrderedNewestFirst_andByRegion() {
    saveUnits();
    Inspection a = savedInspection("insp-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection g = savedInspection("insp-g", GATESHEAD, LocalDate.of(2022, 11, 7));
    store
        .reviews()
        .save(Fixtures.review("old", NORTH_WEST, LocalDate.of(2021, 6, 1), List.of(a.id())));
    store
        .reviews()
        .save(Fixtures.review("new", NORTH_WEST, LocalDate.of(2023, 6, 1), List.of(a.id())));
    store
        .reviews()
        .save(Fixtures.review("east", NORTH_EAST, LocalDate.of(2022, 6, 1), List.of(g.id())));

    assertEquals(
        List.of("new", "east", "old"), ids(store.reviews().findAll(), r -> r.id().value()));
    assertEquals(
        List.of("new", "old"),
        ids(store.reviews().findByRegion(NORTH_WEST.id()), r -> r.id().value()));
  }

  @Test
  void reviews_pagedByKey_newestFirst_thenById_whole_andByRegion() {
    saveUnits();
    Inspection a = savedInspection("insp-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection c = savedInspection("insp-c", CHESHIRE_WEST, LocalDate.of(2022, 12, 5));
    Inspection g = savedInspection("insp-g", GATESHEAD, LocalDate.of(2022, 11, 7));
    LocalDate sameDay = LocalDate.of(2023, 6, 1);
    store
        .reviews()
        .save(Fixtures.review("old", NORTH_WEST, LocalDate.of(2021, 6, 1), List.of(a.id())));
    store.reviews().save(Fixtures.review("b-new", NORTH_WEST, sameDay, List.of(a.id(), c.id())));
    store.reviews().save(Fixtures.review("a-new", NORTH_WEST, sameDay, List.of(c.id())));
    store
        .reviews()
        .save(Fixtures.review("east", NORTH_EAST, LocalDate.of(2022, 6, 1), List.of(g.id())));

    List<String> paged = new java.util.ArrayList<>();
    java.util.Optional<ReviewRepository.ReviewKey> after = java.util.Optional.empty();
    for (List<RegionalReview> page = store.reviews().page(java.util.Optional.empty(), after, 2);
        !page.isEmpty();
        page = store.reviews().page(java.util.Optional.empty(), after, 2)) {
      page.forEach(review -> paged.add(review.id().value()));
      after = java.util.Optional.of(ReviewRepository.ReviewKey.of(page.get(page.size() - 1)));
    }

    assertEquals(List.of("a-new", "b-new", "east", "old"), paged);
    List<RegionalReview> northWest =
        store
            .reviews()
            .page(
                java.util.Optional.of(NORTH_WEST.id()),
                java.util.Optional.of(
                    new ReviewRepository.ReviewKey(sameDay, new ReviewId("a-new"))),
                10);
    assertEquals(List.of("b-new", "old"), ids(northWest, r -> r.id().value()));
    assertEquals(List.of(a.id(), c.id()), northWest.get(0).inspections(), "read whole");
  }

  @Test
  void givenStaleReview_save_isRefusedWithConflict() {
    saveUnits();
    Inspection a = savedInspection("insp-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
    RegionalReview review =
        Fixtures.review("review-nw", NORTH_WEST, LocalDate.of(2023, 6, 1), List.of(a.id()));
    store.reviews().save(review);
    RegionalReview stored = store.reviews().findById(review.id()).orElseThrow();
    store.reviews().save(stored);

    assertThrows(ConflictException.class, () -> store.reviews().save(stored));
  }
}
