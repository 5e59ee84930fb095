package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.persistence.Fixtures.BLACKBURN;
import static org.probationinspections.persistence.Fixtures.CHESHIRE_WEST;
import static org.probationinspections.persistence.Fixtures.GATESHEAD;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;
import static org.probationinspections.persistence.Fixtures.assertSameInspection;
import static org.probationinspections.persistence.Fixtures.assertSamePlan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.ActionSummaries;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.ImportLedger.ImportedDocument;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;
import org.probationinspections.persistence.audit.AuditRow;

/**
 * What every persistence adapter promises the application, run against each of them: round trips of
 * every aggregate with every field, name lookups, orderings, optimistic locking and units of work.
 */
abstract class RepositoryContract {

  protected Store store;

  /** A new, empty store of the adapter under test. */
  protected abstract Store openStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void saveUnits() {
    store.regions().add(NORTH_WEST);
    store.regions().add(NORTH_EAST);
    store.pdus().save(KNOWSLEY);
    store.pdus().save(CHESHIRE_WEST);
    store.pdus().save(BLACKBURN);
    store.pdus().save(GATESHEAD);
  }

  private Inspection savedInspection(String id, Pdu pdu, LocalDate fieldwork) {
    Inspection inspection = Fixtures.inspection(id, pdu, fieldwork);
    store.inspections().save(inspection);
    return inspection;
  }

  // Regions

  @Test
  void givenRegion_findByIdAndByDocumentName_returnIt() {
    saveUnits();

    assertEquals(Optional.of(NORTH_WEST), store.regions().findById(NORTH_WEST.id()));
    assertEquals(Optional.of(NORTH_WEST), store.regions().findByName("North West region"));
    assertEquals(Optional.of(NORTH_WEST), store.regions().findByName("north-west"));
    assertEquals(Optional.empty(), store.regions().findByName("Wales"));
    assertEquals(Optional.empty(), store.regions().findById(new RegionId("unknown")));
  }

  @Test
  void regions_findAll_isByName() {
    saveUnits();

    assertEquals(List.of(NORTH_EAST, NORTH_WEST), store.regions().findAll());
  }

  @Test
  void givenRegionName_addingItAgainAsWrittenDifferently_isRefusedWithConflict() {
    saveUnits();

    assertThrows(
        ConflictException.class,
        () -> store.regions().add(new Region(RegionId.newId(), "North West Region")));
    assertEquals(2, store.regions().findAll().size());
  }

  // PDUs

  @Test
  void givenPdu_findById_returnsItWithItsAliases() {
    saveUnits();

    assertEquals(Optional.of(BLACKBURN), store.pdus().findById(BLACKBURN.id()));
    assertEquals(Optional.empty(), store.pdus().findById(new PduId("unknown")));
  }

  @Test
  void pduNames_asDocumentsWriteThem_findThePdu() {
    saveUnits();

    assertEquals(Optional.of(KNOWSLEY), store.pdus().findByName("Knowsley & St Helens PDU"));
    assertEquals(Optional.of(KNOWSLEY), store.pdus().findByName("KNOWSLEY AND ST HELENS"));
    assertEquals(Optional.of(BLACKBURN), store.pdus().findByName("Blackburn"));
    assertEquals(Optional.of(BLACKBURN), store.pdus().findByName("Blackburn and Darwen PDU"));
    assertEquals(Optional.of(GATESHEAD), store.pdus().findByName("South Tyneside and Gateshead"));
    assertEquals(Optional.empty(), store.pdus().findByName("Liverpool North"));
  }

  @Test
  void pdus_findAllIsByName_andFindByRegionKeepsTheRegionsOnly() {
    saveUnits();

    assertEquals(List.of(BLACKBURN, CHESHIRE_WEST, GATESHEAD, KNOWSLEY), store.pdus().findAll());
    assertEquals(
        List.of(BLACKBURN, CHESHIRE_WEST, KNOWSLEY), store.pdus().findByRegion(NORTH_WEST.id()));
    assertEquals(List.of(GATESHEAD), store.pdus().findByRegion(NORTH_EAST.id()));
  }

  @Test
  void pdus_countByRegion_countsEachRegionsPdus_andLeavesOutRegionsWithout() {
    assertEquals(java.util.Map.of(), store.pdus().countByRegion());

    saveUnits();

    assertEquals(
        java.util.Map.of(NORTH_WEST.id(), 3, NORTH_EAST.id(), 1), store.pdus().countByRegion());
  }

  @Test
  void givenPdu_savingItWithANewAlias_replacesIt() {
    saveUnits();

    Pdu renamed = CHESHIRE_WEST.withAlias("West Cheshire");
    store.pdus().save(renamed);

    assertEquals(Optional.of(renamed), store.pdus().findById(CHESHIRE_WEST.id()));
    assertEquals(Optional.of(renamed), store.pdus().findByName("Cheshire West PDU"));
    assertEquals(Optional.of(renamed), store.pdus().findByName("West Cheshire"));
    assertEquals(4, store.pdus().findAll().size());
  }

  @Test
  void givenPduName_anotherPduWithThatNameAsAlias_isRefusedWithConflict() {
    saveUnits();

    Pdu clash =
        new Pdu(PduId.newId(), NORTH_WEST.id(), "Liverpool North", List.of("Knowsley & St Helens"));

    assertThrows(ConflictException.class, () -> store.pdus().save(clash));
    assertEquals(Optional.empty(), store.pdus().findById(clash.id()));
  }

  @Test
  void newPdu_added_isFoundByIdAndName_andAnAddedIdOrTakenName_isRefused() {
    saveUnits();
    Pdu wirral = new Pdu(PduId.newId(), NORTH_WEST.id(), "Wirral", List.of("Wirral PDU"));

    store.pdus().add(wirral);

    assertEquals(Optional.of(wirral), store.pdus().findById(wirral.id()));
    assertEquals(Optional.of(wirral), store.pdus().findByName("Wirral PDU"));
    assertThrows(
        ConflictException.class,
        () -> store.pdus().add(new Pdu(wirral.id(), NORTH_WEST.id(), "Sefton", List.of())));
    assertThrows(
        ConflictException.class,
        () -> store.pdus().add(new Pdu(PduId.newId(), NORTH_WEST.id(), "Wirral", List.of())));
    assertEquals(5, store.pdus().findAll().size());
    assertEquals(Optional.of(wirral), store.pdus().findById(wirral.id()));
  }

  @Test
  void withinAUnitOfWork_aPduSavedAfterItWasRead_isReadAsSaved_andARollbackForgetsIt() {
    saveUnits();
    Pdu renamed = CHESHIRE_WEST.withAlias("Chester and Ellesmere Port");

    assertThrows(
        IllegalStateException.class,
        () ->
            store
                .unitOfWork()
                .inTransaction(
                    () -> {
                      assertEquals(
                          Optional.of(CHESHIRE_WEST), store.pdus().findById(CHESHIRE_WEST.id()));
                      assertEquals(
                          Optional.empty(), store.pdus().findByName("Chester and Ellesmere Port"));
                      store.pdus().save(renamed);
                      assertEquals(Optional.of(renamed), store.pdus().findById(renamed.id()));
                      assertEquals(
                          Optional.of(renamed),
                          store.pdus().findByName("Chester and Ellesmere Port"));
                      throw new IllegalStateException("the use case failed after the save");
                    }));

    assertEquals(Optional.of(CHESHIRE_WEST), store.pdus().findById(CHESHIRE_WEST.id()));
    store.unitOfWork().inTransaction(() -> store.pdus().findById(CHESHIRE_WEST.id()));
    store.pdus().save(renamed);
    assertEquals(
        Optional.of(renamed),
        store.unitOfWork().inTransaction(() -> store.pdus().findById(CHESHIRE_WEST.id())));
  }

  @Test
  void withinAUnitOfWork_aPduLookedUpInVainByNameAndThenAdded_isFoundByThatName() {
    saveUnits();
    Pdu wirral = new Pdu(PduId.newId(), NORTH_WEST.id(), "Wirral", List.of());

    Optional<Pdu> found =
        store
            .unitOfWork()
            .inTransaction(
                () -> {
                  assertEquals(Optional.empty(), store.pdus().findByName("Wirral"));
                  store.pdus().add(wirral);
                  return store.pdus().findByName("Wirral");
                });

    assertEquals(Optional.of(wirral), found);
  }

  @Test
  void withinAUnitOfWork_aRegionLookedUpInVainAndThenAdded_isFound() {
    Region wales = new Region(new RegionId("region-wales"), "Wales");

    Optional<Region> found =
        store
            .unitOfWork()
            .inTransaction(
                () -> {
                  assertEquals(Optional.empty(), store.regions().findById(wales.id()));
                  store.regions().add(wales);
                  return store.regions().findById(wales.id());
                });

    assertEquals(Optional.of(wales), found);
  }

  // Inspections

  @Test
  void inspection_savedAndFound_keepsEveryField() {
    saveUnits();
    Inspection inspection = savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));

    Inspection found = store.inspections().findById(inspection.id()).orElseThrow();

    assertSameInspection(inspection, found);
    assertEquals(1, found.version());
    assertEquals(List.of(1, 2, 3), found.recommendations().stream().map(r -> r.number()).toList());
  }

  @Test
  void inspection_changedAndSavedAgain_keepsTheChangesAndCountsTheVersion() {
    saveUnits();
    savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection copy = store.inspections().findById(new InspectionId("insp-knowsley")).orElseThrow();

    copy.recommend(new Addressee(AddresseeLevel.PDU, KNOWSLEY.name()), "Improve planning.");
    copy.note("a second look is due");
    long version = store.inspections().save(copy);

    assertEquals(2, version);
    Inspection found = store.inspections().findById(copy.id()).orElseThrow();
    assertSameInspection(copy, found);
    assertEquals(2, found.version());
    assertEquals(4, found.recommendations().size());
  }

  @Test
  void inspectionVersion_isReadAlone_andMovesWithEverySave() {
    saveUnits();
    assertEquals(
        Optional.empty(), store.inspections().versionOf(new InspectionId("insp-knowsley")));
    savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));
    InspectionId id = new InspectionId("insp-knowsley");
    assertEquals(Optional.of(1L), store.inspections().versionOf(id));

    Inspection copy = store.inspections().findById(id).orElseThrow();
    copy.note("a second look is due");
    store.inspections().save(copy);

    assertEquals(Optional.of(2L), store.inspections().versionOf(id));
    assertEquals(Optional.empty(), store.inspections().versionOf(new InspectionId("insp-other")));
  }

  @Test
  void inspections_areOrderedByFieldwork_oldestFirst() {
    saveUnits();
    savedInspection("b-late", KNOWSLEY, LocalDate.of(2023, 5, 1));
    savedInspection("a-early", CHESHIRE_WEST, LocalDate.of(2022, 10, 3));
    savedInspection("c-middle", KNOWSLEY, LocalDate.of(2022, 11, 7));

    assertEquals(
        List.of("a-early", "c-middle", "b-late"),
        store.inspections().findAll().stream().map(i -> i.id().value()).toList());
    assertEquals(
        List.of("c-middle", "b-late"),
        store.inspections().findByPdu(KNOWSLEY.id()).stream().map(i -> i.id().value()).toList());
    assertEquals(List.of(), store.inspections().findByPdu(GATESHEAD.id()));
    assertEquals(Optional.empty(), store.inspections().findById(new InspectionId("unknown")));
  }

  @Test
  void givenStaleInspection_save_isRefusedWithConflict() {
    saveUnits();
    Inspection saved = savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection first = store.inspections().findById(saved.id()).orElseThrow();
    Inspection second = store.inspections().findById(saved.id()).orElseThrow();
    first.note("first");
    second.note("second");
    store.inspections().save(first);

    ConflictException refusal =
        assertThrows(ConflictException.class, () -> store.inspections().save(second));

    assertTrue(refusal.getMessage().contains("insp-knowsley"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("read version 1"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("stored version 2"), refusal.getMessage());
    assertTrue(store.inspections().findById(saved.id()).orElseThrow().notes().contains("first"));
  }

  @Test
  void givenSavedInspection_savingAnotherNewOneWithItsId_isRefusedWithConflict() {
    saveUnits();
    Inspection saved = savedInspection("insp-knowsley", KNOWSLEY, LocalDate.of(2022, 11, 7));

    assertThrows(
        ConflictException.class,
        () ->
            store
                .inspections()
                .save(Fixtures.inspection("insp-knowsley", KNOWSLEY, LocalDate.of(2020, 1, 6))));
    assertEquals(saved.details(), store.inspections().findById(saved.id()).orElseThrow().details());
  }

  // Regional reviews

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
        List.of("new", "east", "old"),
        store.reviews().findAll().stream().map(r -> r.id().value()).toList());
    assertEquals(
        List.of("new", "old"),
        store.reviews().findByRegion(NORTH_WEST.id()).stream().map(r -> r.id().value()).toList());
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

  // Action plans

  private ActionPlan savedPlan(String id, LocalDate submitted) {
    Inspection a = savedInspection("insp-" + id + "-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection b = savedInspection("insp-" + id + "-b", CHESHIRE_WEST, LocalDate.of(2022, 12, 5));
    RegionalReview review =
        Fixtures.review(
            "review-" + id, NORTH_WEST, submitted.minusMonths(2), List.of(a.id(), b.id()));
    store.reviews().save(review);
    ActionPlan plan =
        Fixtures.plan(id, NORTH_WEST, Optional.of(review.id()), submitted, a.id(), b.id());
    store.actionPlans().save(plan);
    return plan;
  }

  @Test
  void actionPlan_savedAndFound_keepsEveryItemAnswerActionOwnerProgressAndRevision() {
    saveUnits();
    ActionPlan plan = savedPlan("plan-nw", LocalDate.of(2023, 8, 1));

    ActionPlan found = store.actionPlans().findById(plan.id()).orElseThrow();

    assertSamePlan(plan, found);
    assertEquals(1, found.version());
    assertEquals(2, found.item(1).answers().size());
    assertEquals(2, found.action(new ActionRef(1, 1)).owners().size());
    assertEquals(2, found.action(new ActionRef(1, 1)).progress().size());
    assertEquals(
        Optional.of(YearMonth.of(2023, 9)), found.action(new ActionRef(1, 1)).originalTarget());
    assertEquals(plan.item(2).followUps(), found.item(2).followUps());
    assertEquals(1, found.item(2).followUps().size());
  }

  @Test
  void actionPlanWithoutReviewOrSummary_savedAndFound_keepsTheAbsence() {
    saveUnits();
    Inspection a = savedInspection("insp-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
    ActionPlan plan =
        ActionPlan.draft(
            ActionPlanId.newId(), NORTH_WEST.id(), Optional.empty(), LocalDate.of(2023, 1, 9));
    plan.respond(
        List.of(new org.probationinspections.domain.plan.RecommendationRef(a.id(), 1)),
        org.probationinspections.domain.plan.Response.AGREED,
        Optional.empty(),
        "");

    store.actionPlans().save(plan);

    assertSamePlan(plan, store.actionPlans().findById(plan.id()).orElseThrow());
  }

  @Test
  void actionPlans_areOrderedNewestSubmissionFirst_andByRegion() {
    saveUnits();
    savedPlan("older", LocalDate.of(2022, 8, 1));
    savedPlan("newer", LocalDate.of(2023, 8, 1));

    assertEquals(
        List.of("newer", "older"),
        store.actionPlans().findAll().stream().map(p -> p.id().value()).toList());
    assertEquals(2, store.actionPlans().findByRegion(NORTH_WEST.id()).size());
    assertEquals(List.of(), store.actionPlans().findByRegion(NORTH_EAST.id()));
    assertEquals(Optional.empty(), store.actionPlans().findById(new ActionPlanId("unknown")));
  }

  @Test
  void givenStaleCopy_save_isRefusedWithConflict() {
    saveUnits();
    ActionPlan plan = savedPlan("plan-nw", LocalDate.of(2023, 8, 1));
    ActionPlan first = store.actionPlans().findById(plan.id()).orElseThrow();
    ActionPlan second = store.actionPlans().findById(plan.id()).orElseThrow();
    first.reportProgress(
        new ActionRef(2, 1),
        new ProgressUpdate(LocalDate.of(2023, 9, 30), ActionStatus.COMPLETED, "Recruited", "RPD"));
    second.note("a change made from a stale copy");

    assertEquals(2, store.actionPlans().save(first));
    ConflictException refusal =
        assertThrows(ConflictException.class, () -> store.actionPlans().save(second));

    assertTrue(refusal.getMessage().contains("Action plan plan-nw"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("read version 1"), refusal.getMessage());
    assertTrue(refusal.getMessage().contains("stored version 2"), refusal.getMessage());
    ActionPlan stored = store.actionPlans().findById(plan.id()).orElseThrow();
    assertSamePlan(first, stored);
    assertEquals(2, stored.version());
    assertEquals(ActionStatus.COMPLETED, stored.action(new ActionRef(2, 1)).status());
  }

  // Read-side queries

  private List<String> summaryIds(
      Optional<RegionId> region,
      Optional<Integer> year,
      boolean latestOnly,
      InspectionSummaries.Order order,
      int offset,
      int limit) {
    return store
        .inspectionSummaries()
        .find(
            new InspectionSummaries.Filter(
                region, Optional.empty(), year, latestOnly, order, offset, limit))
        .items()
        .stream()
        .map(d -> d.id().value())
        .toList();
  }

  private void saveFourInspections() {
    saveUnits();
    savedInspection("kn21", KNOWSLEY, LocalDate.of(2021, 5, 4));
    savedInspection("kn23", KNOWSLEY, LocalDate.of(2023, 3, 6));
    savedInspection("cw23", CHESHIRE_WEST, LocalDate.of(2023, 6, 12));
    savedInspection("ga22", GATESHEAD, LocalDate.of(2022, 1, 10));
  }

  @Test
  void inspectionSummaries_areNewestFirst_andLatestOnlyKeepsEachPdusNewest() {
    saveFourInspections();
    var newest = InspectionSummaries.Order.NEWEST_FIRST;
    var none = Optional.<RegionId>empty();

    assertEquals(
        List.of("cw23", "kn23", "ga22", "kn21"),
        summaryIds(none, Optional.empty(), false, newest, 0, 50));
    assertEquals(
        List.of("cw23", "kn23", "ga22"), summaryIds(none, Optional.empty(), true, newest, 0, 50));
    assertEquals(
        List.of("ga22"),
        summaryIds(Optional.of(NORTH_EAST.id()), Optional.empty(), true, newest, 0, 50));
    assertEquals(List.of("kn21"), summaryIds(none, Optional.of(2021), true, newest, 0, 50));
    assertEquals(List.of("cw23", "kn23"), summaryIds(none, Optional.of(2023), true, newest, 0, 50));
  }

  @Test
  void inspectionSummaries_pageAndCountAll_andOrderByRegionThenPdu() {
    saveFourInspections();
    var filter =
        new InspectionSummaries.Filter(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            InspectionSummaries.Order.NEWEST_FIRST,
            1,
            2);

    var page = store.inspectionSummaries().find(filter);

    assertEquals(4, page.total());
    assertEquals(List.of("kn23", "ga22"), page.items().stream().map(d -> d.id().value()).toList());
    assertEquals(
        List.of("ga22", "cw23", "kn23"),
        summaryIds(
            Optional.empty(),
            Optional.empty(),
            true,
            InspectionSummaries.Order.BY_REGION_AND_PDU,
            0,
            50));
    assertEquals(List.of(2023, 2022, 2021), store.inspectionSummaries().fieldworkYears());
  }

  @Test
  void fieldworkYears_areEachYearWithFieldwork_newestFirst_gapsLeftOut() {
    assertEquals(List.of(), store.inspectionSummaries().fieldworkYears());
    saveUnits();
    savedInspection("a", KNOWSLEY, LocalDate.of(2019, 12, 31));
    savedInspection("b", CHESHIRE_WEST, LocalDate.of(2020, 1, 1));
    savedInspection("c", BLACKBURN, LocalDate.of(2020, 12, 31));
    savedInspection("d", GATESHEAD, LocalDate.of(2023, 1, 1));
    savedInspection("e", KNOWSLEY, LocalDate.of(2023, 6, 15));

    assertEquals(List.of(2023, 2020, 2019), store.inspectionSummaries().fieldworkYears());
  }

  @Test
  void inspectionSummary_digest_keepsWhatTheSummaryIsComputedFrom() {
    saveUnits();
    Inspection saved = savedInspection("kn23", KNOWSLEY, LocalDate.of(2023, 3, 6));

    var digest =
        store
            .inspectionSummaries()
            .find(
                new InspectionSummaries.Filter(
                    Optional.empty(),
                    Optional.of(KNOWSLEY.id()),
                    Optional.empty(),
                    false,
                    InspectionSummaries.Order.NEWEST_FIRST,
                    0,
                    10))
            .items()
            .get(0);

    assertEquals(saved.id(), digest.id());
    assertEquals(saved.pduId(), digest.pduId());
    assertEquals(KNOWSLEY.name(), digest.pdu());
    assertEquals(NORTH_WEST.id(), digest.regionId());
    assertEquals(NORTH_WEST.name(), digest.region());
    assertEquals(saved.frameworkId(), digest.frameworkId());
    assertEquals(saved.details(), digest.details());
    assertEquals(saved.results(), digest.results());
    assertEquals(saved.published(), digest.published());
    assertEquals(saved.notes(), digest.notes());
    assertEquals(3, digest.recommendations());
    assertEquals(1, digest.version());
  }

  @Test
  void actionSummaries_tallyByStatusAndTarget_perRegionOrAll() {
    saveUnits();
    savedPlan("plan", LocalDate.of(2023, 8, 1));

    assertEquals(
        Set.of(
            new ActionSummaries.StatusTally(
                ActionStatus.IN_PROGRESS, Optional.of(YearMonth.of(2024, 3)), 1),
            new ActionSummaries.StatusTally(ActionStatus.COMPLETED, Optional.empty(), 1),
            new ActionSummaries.StatusTally(
                ActionStatus.PLANNED, Optional.of(YearMonth.of(2023, 9)), 1)),
        Set.copyOf(store.actionSummaries().tally(Optional.empty())));
    assertEquals(3, store.actionSummaries().tally(Optional.of(NORTH_WEST.id())).size());
    assertEquals(List.of(), store.actionSummaries().tally(Optional.of(NORTH_EAST.id())));
  }

  @Test
  void actionSummaries_tally_followsAChangedPlan() {
    saveUnits();
    ActionPlan plan = savedPlan("plan", LocalDate.of(2023, 8, 1));
    store.actionSummaries().tally(Optional.empty());
    ActionPlan stored = store.actionPlans().findById(plan.id()).orElseThrow();

    stored.reportProgress(
        new ActionRef(2, 1),
        new ProgressUpdate(LocalDate.of(2023, 10, 1), ActionStatus.COMPLETED, "", "Lead"));
    store.actionPlans().save(stored);

    assertEquals(
        Set.of(
            new ActionSummaries.StatusTally(
                ActionStatus.IN_PROGRESS, Optional.of(YearMonth.of(2024, 3)), 1),
            new ActionSummaries.StatusTally(ActionStatus.COMPLETED, Optional.empty(), 1),
            new ActionSummaries.StatusTally(
                ActionStatus.COMPLETED, Optional.of(YearMonth.of(2023, 9)), 1)),
        Set.copyOf(store.actionSummaries().tally(Optional.empty())));
  }

  @Test
  void actionSummaries_targetedBefore_areEarliestTargetFirst_withOwners_upToTheLimit() {
    saveUnits();
    savedPlan("plan", LocalDate.of(2023, 8, 1));
    var open = Set.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS);

    var found =
        store.actionSummaries().targetedBefore(Optional.empty(), open, YearMonth.of(2024, 4), 10);

    assertEquals(
        List.of("2/1", "1/1"), found.stream().map(a -> a.item() + "/" + a.action()).toList());
    assertEquals("plan", found.get(1).plan().value());
    assertEquals(NORTH_WEST.id(), found.get(1).region());
    assertEquals(
        List.of("Head of PDU", "Head of Performance and Quality"), found.get(1).detail().owners());
    assertEquals(Optional.of(YearMonth.of(2024, 3)), found.get(1).detail().target());
    assertEquals(
        1,
        store
            .actionSummaries()
            .targetedBefore(Optional.empty(), open, YearMonth.of(2024, 3), 10)
            .size());
    assertEquals(
        1,
        store
            .actionSummaries()
            .targetedBefore(Optional.empty(), open, YearMonth.of(2024, 4), 1)
            .size());
    assertEquals(
        List.of(),
        store
            .actionSummaries()
            .targetedBefore(Optional.of(NORTH_EAST.id()), open, YearMonth.of(2024, 4), 10));
  }

  // Import ledger

  @Test
  void importLedger_remembersDocumentsByFingerprint() {
    ImportedDocument document =
        new ImportedDocument(
            "sha256:abc",
            "knowsley.pdf",
            "inspection",
            "insp-1",
            Instant.parse("2024-03-01T10:15:30.123Z"));

    store.importLedger().record(document);

    assertEquals(Optional.of(document), store.importLedger().find("sha256:abc"));
    assertEquals(Optional.empty(), store.importLedger().find("sha256:other"));
  }

  @Test
  void importLedger_recordingAFingerprintAgain_replacesTheEntry() {
    store
        .importLedger()
        .record(
            new ImportedDocument(
                "sha256:abc",
                "a.pdf",
                "inspection",
                "insp-1",
                Instant.parse("2024-03-01T10:15:30Z")));
    ImportedDocument again =
        new ImportedDocument(
            "sha256:abc", "b.pdf", "inspection", "insp-2", Instant.parse("2024-03-02T10:15:30Z"));

    store.importLedger().record(again);

    assertEquals(Optional.of(again), store.importLedger().find("sha256:abc"));
  }

  // Units of work

  @Test
  void unitOfWorkThatThrows_leavesNothingWritten() {
    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () ->
                store
                    .unitOfWork()
                    .inTransaction(
                        () -> {
                          saveUnits();
                          savedInspection("insp-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
                          throw new IllegalStateException("the use case failed");
                        }));

    assertEquals("the use case failed", failure.getMessage());
    assertEquals(List.of(), store.regions().findAll());
    assertEquals(List.of(), store.pdus().findAll());
    assertEquals(List.of(), store.inspections().findAll());
  }

  @Test
  void unitOfWorkThatReturns_keepsEverythingItWrote() {
    int written =
        store
            .unitOfWork()
            .inTransaction(
                () -> {
                  saveUnits();
                  return store.pdus().findAll().size();
                });

    assertEquals(4, written);
    assertEquals(4, store.pdus().findAll().size());
  }

  @Test
  void nestedUnitsOfWork_joinTheOuterOne() {
    assertThrows(
        IllegalStateException.class,
        () ->
            store
                .unitOfWork()
                .inTransaction(
                    () -> {
                      store
                          .unitOfWork()
                          .inTransaction(
                              () -> {
                                store.regions().add(NORTH_WEST);
                                return null;
                              });
                      // The inner work is visible to the outer one before it commits.
                      assertEquals(
                          Optional.of(NORTH_WEST), store.regions().findById(NORTH_WEST.id()));
                      throw new IllegalStateException("the outer work failed after the inner one");
                    }));

    assertEquals(Optional.empty(), store.regions().findById(NORTH_WEST.id()));
  }

  @Test
  void conflictInsideUnitOfWork_rollsBackItsEarlierWrites() {
    saveUnits();
    ActionPlan plan = savedPlan("plan-nw", LocalDate.of(2023, 8, 1));
    ActionPlan stale = store.actionPlans().findById(plan.id()).orElseThrow();
    store.actionPlans().save(store.actionPlans().findById(plan.id()).orElseThrow());

    assertThrows(
        ConflictException.class,
        () ->
            store
                .unitOfWork()
                .inTransaction(
                    () -> {
                      store.regions().add(new Region(new RegionId("region-wales"), "Wales"));
                      return store.actionPlans().save(stale);
                    }));

    assertEquals(Optional.empty(), store.regions().findByName("Wales"));
  }

  @Test
  void readingUnitOfWork_returnsWhatItRead() {
    saveUnits();

    List<Region> regions = store.unitOfWork().reading(() -> store.regions().findAll());

    assertEquals(List.of(NORTH_EAST, NORTH_WEST), regions);
  }

  @Test
  void saveInsideReadingUnitOfWork_isRefused_andWritesNothing() {
    saveUnits();
    Region wales = new Region(new RegionId("region-wales"), "Wales");

    assertThrows(
        IllegalStateException.class,
        () ->
            store
                .unitOfWork()
                .reading(
                    () -> {
                      store.regions().findAll();
                      store.regions().add(wales);
                      return null;
                    }));

    assertEquals(Optional.empty(), store.regions().findByName("Wales"));
    // The refusal left nothing behind: the next write on this thread works.
    store.regions().add(wales);
    assertEquals(Optional.of(wales), store.regions().findByName("Wales"));
  }

  @Test
  void writeUnitOfWorkInsideReadingOne_isRefused_andWritesNothing() {
    assertThrows(
        IllegalStateException.class,
        () ->
            store
                .unitOfWork()
                .reading(
                    () ->
                        store
                            .unitOfWork()
                            .inTransaction(
                                () -> {
                                  store.regions().add(NORTH_WEST);
                                  return null;
                                })));

    assertEquals(List.of(), store.regions().findAll());
  }

  @Test
  void readingUnitOfWorkInsideWriteOne_joinsIt() {
    assertThrows(
        IllegalStateException.class,
        () ->
            store
                .unitOfWork()
                .inTransaction(
                    () -> {
                      store.regions().add(NORTH_WEST);
                      // The read sees the write's work before it commits, and leaves the write
                      // able to go on writing.
                      assertEquals(
                          Optional.of(NORTH_WEST),
                          store
                              .unitOfWork()
                              .reading(() -> store.regions().findById(NORTH_WEST.id())));
                      store.regions().add(NORTH_EAST);
                      assertEquals(2, store.regions().findAll().size());
                      throw new IllegalStateException("the outer work failed after the read");
                    }));

    assertEquals(List.of(), store.regions().findAll());
  }

  static ReviewId reviewId(String id) {
    return new ReviewId(id);
  }

  // Users, API tokens and the audit trail

  private User savedUser(String name, Role role, java.util.Set<RegionId> regions) {
    User user = User.create(UserId.newId(), name, role, regions, "$argon2id$hash-of-" + name);
    assertEquals(1L, store.users().save(user));
    return user;
  }

  @Test
  void user_savedAndFound_keepsEveryFieldAndIsFoundByNameIgnoringCase() {
    saveUnits();
    User saved = savedUser("Pat.Provider", Role.PROVIDER, java.util.Set.of(NORTH_WEST.id()));

    User found = store.users().findByUsername("pat.provider").orElseThrow();
    assertEquals(saved.id(), found.id());
    assertEquals("Pat.Provider", found.username());
    assertEquals(Role.PROVIDER, found.role());
    assertEquals(java.util.Set.of(NORTH_WEST.id()), found.regions());
    assertEquals("$argon2id$hash-of-Pat.Provider", found.passwordHash());
    assertTrue(found.enabled());
    assertEquals(1L, found.version());
    assertEquals(Optional.empty(), found.lockedUntil());
    assertEquals(found.username(), store.users().findById(saved.id()).orElseThrow().username());
  }

  @Test
  void user_lockedDisabledAndSavedAgain_keepsTheChangesAndCountsTheVersion() {
    savedUser("ada", Role.READER, java.util.Set.of());
    User user = store.users().findByUsername("ada").orElseThrow();
    Instant now = Instant.parse("2024-03-15T10:15:30Z");
    for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
      user.loginFailed(now);
    }
    user.disable();
    assertEquals(2L, store.users().save(user));

    User found = store.users().findByUsername("ADA").orElseThrow();
    assertEquals(Optional.of(now.plus(User.LOCK_DURATION)), found.lockedUntil());
    assertTrue(found.isLocked(now));
    assertTrue(!found.enabled());
    assertEquals(2L, found.version());
  }

  @Test
  void givenUserName_anotherUserWithThatNameInOtherCase_isRefusedWithConflict() {
    savedUser("ada", Role.READER, java.util.Set.of());
    assertThrows(
        ConflictException.class,
        () ->
            store
                .users()
                .save(User.create(UserId.newId(), "ADA", Role.ADMIN, java.util.Set.of(), "h")));
  }

  @Test
  void givenStaleUser_save_isRefusedWithConflict() {
    savedUser("ada", Role.READER, java.util.Set.of());
    User first = store.users().findByUsername("ada").orElseThrow();
    User second = store.users().findByUsername("ada").orElseThrow();
    first.disable();
    store.users().save(first);
    second.changePassword("other");
    assertThrows(ConflictException.class, () -> store.users().save(second));
  }

  @Test
  void users_findAll_isByName() {
    savedUser("zoe", Role.READER, java.util.Set.of());
    savedUser("Ada", Role.ADMIN, java.util.Set.of());
    assertEquals(
        List.of("Ada", "zoe"), store.users().findAll().stream().map(User::username).toList());
  }

  @Test
  void apiToken_isFoundByItsHash_andKeepsItsRevocation() {
    User user = savedUser("ada", Role.ADMIN, java.util.Set.of());
    Instant made = Instant.parse("2024-03-15T10:15:30Z");
    ApiToken token = new ApiToken("tok-1", user.id(), "laptop", "abc123", made, Optional.empty());
    store.apiTokens().save(token);
    assertEquals(Optional.of(token), store.apiTokens().findBySecretHash("abc123"));
    assertEquals(Optional.empty(), store.apiTokens().findBySecretHash("abc"));

    ApiToken revoked = token.revoke(made.plusSeconds(60));
    store.apiTokens().save(revoked);
    assertEquals(Optional.of(revoked), store.apiTokens().findById("tok-1"));
    assertEquals(List.of(revoked), store.apiTokens().findByUser(user.id()));
  }

  private static AuditRow entry(String type, String id, String after) {
    return new AuditRow(
        0,
        Instant.parse("2024-03-15T10:15:30Z"),
        "ada",
        type,
        id,
        "changed",
        Optional.of("{\"status\":\"PLANNED\"}"),
        Optional.of(after),
        Optional.empty());
  }

  @Test
  void auditLog_replaysTheEntriesOfTheGivenTypesBeforeAnInstant_inOrder_withTheirDocuments() {
    Instant first = Instant.parse("2024-03-01T09:00:00Z");
    Instant cut = Instant.parse("2024-03-02T00:00:00Z");
    store
        .auditLog()
        .append(
            new AuditRow(
                0,
                first,
                "ada",
                "action-plan",
                "p1",
                "created",
                Optional.empty(),
                Optional.of("{}"),
                Optional.of("{\"region\":\"North West\"}")));
    store.auditLog().append(entry("inspection", "i1", "{\"a\":1}"));
    store
        .auditLog()
        .append(
            new AuditRow(
                0,
                cut.minusMillis(1),
                "ada",
                "action-plan",
                "p1",
                "changed",
                Optional.of("{}"),
                Optional.of("{}"),
                Optional.of("{\"version\":2}")));
    store
        .auditLog()
        .append(
            new AuditRow(
                0,
                cut.plusMillis(1),
                "ada",
                "action-plan",
                "p1",
                "changed",
                Optional.of("{}"),
                Optional.of("{}"),
                Optional.of("{\"version\":3}")));

    List<AuditRow> replayed = new java.util.ArrayList<>();
    store.auditLog().replayRows(java.util.Set.of("action-plan"), cut, replayed::add);

    assertEquals(
        List.of(Optional.of("{\"region\":\"North West\"}"), Optional.of("{\"version\":2}")),
        replayed.stream().map(AuditRow::document).toList());
    assertEquals(first, replayed.get(0).at());
    assertTrue(replayed.get(0).sequence() < replayed.get(1).sequence());
  }

  @Test
  void auditLog_anEntryWhoseDocumentValuesAreItsAfterValues_readsBackWithBoth() {
    String whole = "{\"pdu\":\"Knowsley\",\"findings\":[\"a\",\"b\"]}";
    AuditRow created =
        new AuditRow(
            0,
            Instant.parse("2024-03-01T09:00:00Z"),
            "ada",
            "inspection",
            "i1",
            "created",
            Optional.empty(),
            Optional.of(whole),
            Optional.of(whole));
    store.auditLog().append(created);
    store.auditLog().append(entry("inspection", "i1", "{\"a\":1}"));

    List<AuditRow> all = store.auditLog().rows(AuditLog.Query.all());
    assertEquals(Optional.of(whole), all.get(0).after());
    assertEquals(Optional.of(whole), all.get(0).document());
    assertEquals(Optional.empty(), all.get(1).document());
    List<AuditRow> replayed = new java.util.ArrayList<>();
    store
        .auditLog()
        .replayRows(
            java.util.Set.of("inspection"), Instant.parse("2025-01-01T00:00:00Z"), replayed::add);
    assertEquals(Optional.of(whole), replayed.get(0).document());
  }

  @Test
  void auditLog_keepsEntriesInOrderWithEveryField_andFiltersByRecord() {
    store.auditLog().append(entry("action-plan", "p1", "{\"a\":1}"));
    store.auditLog().append(entry("inspection", "i1", "{\"a\":2}"));
    store.auditLog().append(entry("action-plan", "p1", "{\"a\":3}"));

    List<AuditRow> all = store.auditLog().rows(AuditLog.Query.all());
    assertEquals(3, all.size());
    assertTrue(all.get(0).sequence() < all.get(1).sequence());
    assertTrue(all.get(1).sequence() < all.get(2).sequence());
    AuditRow first = all.get(0);
    assertEquals(Instant.parse("2024-03-15T10:15:30Z"), first.at());
    assertEquals("ada", first.actor());
    assertEquals(Optional.of("{\"status\":\"PLANNED\"}"), first.before());

    List<AuditRow> plan = store.auditLog().rows(AuditLog.Query.of("action-plan", "p1"));
    assertEquals(
        List.of(Optional.of("{\"a\":1}"), Optional.of("{\"a\":3}")),
        plan.stream().map(AuditRow::after).toList());
    assertEquals(
        1,
        store
            .auditLog()
            .rows(new AuditLog.Query(Optional.empty(), Optional.empty(), all.get(1).sequence(), 10))
            .size());
  }

  @Test
  void auditEntryWrittenInAUnitOfWorkThatThrows_isNotKept() {
    assertThrows(
        IllegalStateException.class,
        () ->
            store
                .unitOfWork()
                .inTransaction(
                    () -> {
                      saveUnits();
                      store.auditLog().append(entry("region", "r1", "{}"));
                      throw new IllegalStateException("the use case failed");
                    }));
    assertEquals(List.of(), store.auditLog().rows(AuditLog.Query.all()));
    assertEquals(List.of(), store.regions().findAll());
  }

  @Test
  void sqlInjectionPayloads_areStoredVerbatim_andHarmNothing() {
    String payload = "x'); DROP TABLE users; --";
    savedUser("bobby", Role.READER, java.util.Set.of());
    store.auditLog().append(entry("region", payload, "{\"name\":\"" + "' OR '1'='1" + "\"}"));
    store.regions().add(new Region(RegionId.newId(), "Robert'); DROP TABLE regions;--"));

    assertEquals(1, store.auditLog().rows(AuditLog.Query.of("region", payload)).size());
    assertEquals(0, store.auditLog().rows(AuditLog.Query.of("region", "' OR '1'='1")).size());
    assertEquals("Robert'); DROP TABLE regions;--", store.regions().findAll().get(0).name());
    assertTrue(store.users().findByUsername("bobby").isPresent());
  }
}
