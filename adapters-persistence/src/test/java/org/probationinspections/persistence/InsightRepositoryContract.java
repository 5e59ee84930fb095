package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.consolidation.ConsolidationDecision;
import org.probationinspections.domain.consolidation.Verdict;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.theme.ThemeOverride;

/** What every adapter promises for the insight records (theme overrides and the like). */
abstract class InsightRepositoryContract extends StoreContract {

  private static final Instant AT = Instant.parse("2024-03-15T10:15:30Z");

  private Inspection inspection;

  @BeforeEach
  void saveInspection() {
    inspection = Fixtures.saveKnowsleyInspection(store, "insp-k", LocalDate.of(2023, 4, 17));
  }

  @Test
  void themeOverride_roundTripsWithItsThemesInOrder_andIsReplacedBySavingAgain() {
    RecommendationRef ref = new RecommendationRef(inspection.id(), 1);
    ThemeOverride first =
        new ThemeOverride(ref, List.of("risk-of-harm", "court-work"), "Ann", "why", AT);
    store.themeOverrides().save(first);

    assertEquals(Optional.of(first), store.themeOverrides().find(ref));

    ThemeOverride second = new ThemeOverride(ref, List.of(), "Bob", "", AT.plusSeconds(60));
    store.themeOverrides().save(second);

    assertEquals(List.of(second), store.themeOverrides().findAll());
  }

  @Test
  void themeOverride_removed_isGone_andOthersStay() {
    RecommendationRef one = new RecommendationRef(inspection.id(), 1);
    RecommendationRef two = new RecommendationRef(inspection.id(), 2);
    store.themeOverrides().save(new ThemeOverride(one, List.of("enforcement"), "Ann", "", AT));
    ThemeOverride kept = new ThemeOverride(two, List.of("unpaid-work"), "Ann", "", AT);
    store.themeOverrides().save(kept);

    store.themeOverrides().remove(one);

    assertEquals(Optional.empty(), store.themeOverrides().find(one));
    assertEquals(List.of(kept), store.themeOverrides().findAll());
  }

  @Test
  void consolidationDecision_roundTripsByReview_andADecisionOnTheSameGroupReplacesIt() {
    RegionalReview review =
        Fixtures.review("rev-nw", NORTH_WEST, LocalDate.of(2023, 7, 27), List.of(inspection.id()));
    store.reviews().save(review);
    List<RecommendationRef> members =
        List.of(
            new RecommendationRef(inspection.id(), 3), new RecommendationRef(inspection.id(), 1));
    ConsolidationDecision accepted =
        new ConsolidationDecision(review.id(), members, Verdict.ACCEPTED, "Ann", "one item", AT);
    store.consolidationDecisions().save(accepted);

    assertEquals(List.of(accepted), store.consolidationDecisions().findByReview(review.id()));
    assertEquals("insp-k#1,insp-k#3", accepted.groupKey());

    ConsolidationDecision rejected =
        new ConsolidationDecision(
            review.id(),
            List.of(members.get(1), members.get(0)),
            Verdict.REJECTED,
            "Bob",
            "",
            AT.plusSeconds(5));
    store.consolidationDecisions().save(rejected);

    assertEquals(List.of(rejected), store.consolidationDecisions().findByReview(review.id()));
    assertEquals(List.of(), store.consolidationDecisions().findByReview(new ReviewId("other")));
  }

  @Test
  void themeOverride_savedInAFailingUnitOfWork_isNotKept() {
    RecommendationRef ref = new RecommendationRef(inspection.id(), 1);
    failInAUnitOfWork(
        "fails after saving",
        () -> {
          store
              .themeOverrides()
              .save(new ThemeOverride(ref, List.of("enforcement"), "Ann", "", AT));
        });

    assertEquals(List.of(), store.themeOverrides().findAll());
  }
}
