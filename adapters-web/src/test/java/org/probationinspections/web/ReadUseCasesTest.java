package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.review.port.in.ListUnansweredRecommendationsUseCase;
import org.probationinspections.application.review.port.in.ListUnansweredRecommendationsUseCase.Unanswered;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.application.units.port.in.RegionView;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;

/**
 * The queries the pages read through: a PDU by id or name, a region by id, the standards, and the
 * recommendations a plan has not answered yet.
 */
class ReadUseCasesTest extends NorthWestWebTest {

  @Test
  void givenAPduId_whenGettingIt_thenTheListedPdu() {
    PduView listed =
        world.services.listPdus().list(Optional.empty()).stream()
            .filter(p -> p.id().equals(nw.knowsley.value()))
            .findFirst()
            .orElseThrow();

    assertEquals(Optional.of(listed), world.services.getPdu().byId(nw.knowsley.value()));
    assertEquals("North West", listed.region());
  }

  @Test
  void givenAnAlias_whenGettingByName_thenThePduNamedSo() {
    assertEquals(
        nw.knowsley.value(),
        world.services.getPdu().byName("Knowsley & St Helens").orElseThrow().id());
    assertEquals(Optional.empty(), world.services.getPdu().byName("Nowhere"));
    assertEquals(Optional.empty(), world.services.getPdu().byId("no-such-pdu"));
  }

  @Test
  void givenARegionId_whenGettingIt_thenTheListedRegionWithItsPdus() {
    RegionView listed =
        world.services.listRegions().list().stream()
            .filter(r -> r.id().equals(nw.region.value()))
            .findFirst()
            .orElseThrow();

    assertEquals(Optional.of(listed), world.services.getRegion().byId(nw.region.value()));
    assertEquals(2, listed.pdus());
    assertEquals(Optional.empty(), world.services.getRegion().byId("North West"));
  }

  @Test
  void whenListingStandards_thenTheDashboardsColumns() {
    var dashboard =
        world
            .services
            .dashboard()
            .dashboard(new DashboardUseCase.Query(Optional.empty(), Optional.empty()));

    assertFalse(dashboard.standards().isEmpty());
    assertEquals(dashboard.standards(), world.services.listStandards().list());
  }

  @Test
  void givenTheLettersPlan_whenListingUnanswered_thenTheCoveredRecommendationsNotAnswered() {
    List<Unanswered> all = unanswered(Optional.of(nw.review), Set.of());
    List<Unanswered> rest =
        unanswered(Optional.of(nw.review), Set.of(new RecommendationRef(nw.knowsleyInspection, 1)));

    List<Unanswered> expected = new java.util.ArrayList<>();
    for (var id : world.services.getRegionalReview().get(nw.review).inspectionIds()) {
      var inspection =
          world
              .services
              .getInspection()
              .get(new org.probationinspections.domain.inspection.InspectionId(id));
      inspection
          .recommendations()
          .forEach(r -> expected.add(new Unanswered(id, inspection.pdu(), r.number(), r.text())));
    }
    assertEquals(expected, all);
    assertEquals(all.size() - 1, rest.size());
    assertTrue(
        rest.stream()
            .noneMatch(
                r -> r.inspectionId().equals(nw.knowsleyInspection.value()) && r.number() == 1));
  }

  @Test
  void givenNoLetter_whenListingUnanswered_thenTheRegionsLatestInspections() {
    List<Unanswered> found = unanswered(Optional.empty(), Set.of());

    assertEquals(
        Set.of(nw.knowsleyInspection.value(), nw.cheshireInspection.value()),
        found.stream().map(Unanswered::inspectionId).collect(java.util.stream.Collectors.toSet()));
    assertEquals(unanswered(Optional.of(nw.review), Set.of()).size(), found.size());
  }

  private List<Unanswered> unanswered(Optional<ReviewId> review, Set<RecommendationRef> answered) {
    return world
        .services
        .listUnansweredRecommendations()
        .list(new ListUnansweredRecommendationsUseCase.Query("North West", review, answered));
  }
}
