package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.persistence.Fixtures.CHESHIRE_WEST;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.application.port.out.TextSearch.Hit;
import org.probationinspections.application.port.out.TextSearch.Kind;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Full-text search: every store finds the same texts for the same words, in the same order where
 * the ranking is clear, and follows every change of the records.
 */
abstract class TextSearchContract extends StoreContract {

  private static final Set<Kind> ALL = EnumSet.allOf(Kind.class);

  /** The units and one plan, whose texts (and its inspections') are searched. */
  private ActionPlan givenTheUnitsAndAPlan() {
    saveUnits();
    return savedPlan("plan", LocalDate.of(2023, 8, 1));
  }

  @Test
  void aWord_findsItsTexts_ofEveryKind_inAnyOfItsForms() {
    givenTheUnitsAndAPlan();

    assertEquals(
        Set.of(
            "RECOMMENDATION insp-plan-a 1 0",
            "RECOMMENDATION insp-plan-b 1 0",
            "FINDING insp-plan-a 0 2",
            "FINDING insp-plan-b 0 2",
            "ACTION plan 1 0",
            "ACTION plan 1 1"),
        places(search(List.of("assessments"), ALL)),
        "'assessment' in 'Deliver risk assessment training' is found by 'assessments'");
  }

  @Test
  void everyWord_mustBeThere() {
    givenTheUnitsAndAPlan();

    assertEquals(
        Set.of("FINDING insp-plan-a 0 2", "FINDING insp-plan-b 0 2", "ACTION plan 1 0"),
        places(search(List.of("risk", "assessments"), ALL)));
    assertEquals(Set.of(), places(search(List.of("risk", "recruitment"), ALL)));
  }

  @Test
  void theMatchedWords_areMarked_inTheWholeText() {
    givenTheUnitsAndAPlan();

    List<Hit> hits = search(List.of("recruitment"), EnumSet.of(Kind.RECOMMENDATION));

    assertEquals(2, hits.size());
    for (Hit hit : hits) {
      assertEquals(
          "Improve " + TextSearch.MATCH_START + "recruitment" + TextSearch.MATCH_END + ".",
          hit.marked());
      assertEquals(NORTH_WEST.id(), hit.region());
      assertTrue(hit.pdu().isPresent());
    }
  }

  @Test
  void aShortTextThatSaysIt_ranksFirst() {
    givenTheUnitsAndAPlan();

    assertEquals(
        List.of("ACTION plan 1 1", "ACTION plan 1 0"),
        search(List.of("assessments"), EnumSet.of(Kind.ACTION)).stream()
            .map(TextSearchContract::place)
            .toList(),
        "'Audit assessments' before 'Deliver risk assessment training to all practitioners'");
  }

  @Test
  void kindsRegionAndPdu_narrowTheSearch() {
    givenTheUnitsAndAPlan();
    List<String> words = List.of("assessments");

    assertEquals(
        Set.of("FINDING insp-plan-a 0 2", "FINDING insp-plan-b 0 2"),
        places(search(words, EnumSet.of(Kind.FINDING))));
    assertEquals(
        Set.of(),
        places(store.textSearch().search(query(words, ALL, Optional.of(NORTH_EAST.id()), none()))));
    assertEquals(
        6,
        store.textSearch().search(query(words, ALL, Optional.of(NORTH_WEST.id()), none())).size());
    assertEquals(
        Set.of("RECOMMENDATION insp-plan-b 1 0", "FINDING insp-plan-b 0 2"),
        places(
            store
                .textSearch()
                .search(query(words, ALL, Optional.empty(), Optional.of(CHESHIRE_WEST.id())))),
        "actions belong to a region's plan, not to a PDU");
  }

  @Test
  void pages_followEachOther_withoutGapOrRepeat() {
    givenTheUnitsAndAPlan();
    List<String> words = List.of("assessments");

    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 8; offset += 4) {
      store
          .textSearch()
          .search(new TextSearch.Query(words, ALL, Optional.empty(), Optional.empty(), offset, 4))
          .forEach(hit -> paged.add(place(hit)));
    }

    assertEquals(search(words, ALL).stream().map(TextSearchContract::place).toList(), paged);
  }

  @Test
  void theSearch_followsChangedRecords() {
    ActionPlan plan = givenTheUnitsAndAPlan();
    Inspection inspection =
        store
            .inspections()
            .findById(plan.items().get(0).answers().get(0).inspectionId())
            .orElseThrow();
    inspection.recommend(
        new Addressee(AddresseeLevel.PDU, "Knowsley"), "Strengthen links with housing providers.");
    store.inspections().save(inspection);
    ActionPlan stored = store.actionPlans().findById(plan.id()).orElseThrow();
    stored.reportProgress(
        new ActionRef(1, 2),
        new ProgressUpdate(LocalDate.of(2023, 10, 1), ActionStatus.COMPLETED, "", "Lead"));
    store.actionPlans().save(stored);

    assertEquals(Set.of("RECOMMENDATION insp-plan-a 4 0"), places(search(List.of("housing"), ALL)));
    assertEquals(
        6, search(List.of("assessments"), ALL).size(), "a saved plan's actions are found once");
  }

  @Test
  void nothingStored_findsNothing() {
    assertEquals(List.of(), search(List.of("assessments"), ALL));
  }

  private List<Hit> search(List<String> words, Set<Kind> kinds) {
    return store.textSearch().search(query(words, kinds, Optional.empty(), none()));
  }

  private static TextSearch.Query query(
      List<String> words, Set<Kind> kinds, Optional<RegionId> region, Optional<PduId> pdu) {
    return new TextSearch.Query(words, kinds, region, pdu, 0, 50);
  }

  private static Optional<PduId> none() {
    return Optional.empty();
  }

  private static Set<String> places(List<Hit> hits) {
    return hits.stream().map(TextSearchContract::place).collect(Collectors.toSet());
  }

  private static String place(Hit hit) {
    return hit.kind() + " " + hit.recordId() + " " + hit.number() + " " + hit.position();
  }
}
