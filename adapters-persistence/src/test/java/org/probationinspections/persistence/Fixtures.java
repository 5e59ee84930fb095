package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.Finding;
import org.probationinspections.domain.inspection.FindingKind;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.inspection.PublicationDate;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.domain.inspection.RatingSource;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.FollowUp;
import org.probationinspections.domain.plan.FollowUpJudgement;
import org.probationinspections.domain.plan.PlanSummary;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.plan.TargetRevision;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.ObservationKind;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/** Aggregates with every field filled, shaped like the North West documents. */
final class Fixtures {

  private Fixtures() {}

  static final FrameworkId FRAMEWORK = new FrameworkId("hmip-probation-pdu-2021");

  static final Region NORTH_WEST = new Region(new RegionId("region-nw"), "North West");
  static final Region NORTH_EAST = new Region(new RegionId("region-ne"), "North East");

  static final Pdu KNOWSLEY =
      new Pdu(
          new PduId("pdu-knowsley"),
          NORTH_WEST.id(),
          "Knowsley and St Helens",
          List.of("Knowsley"));
  static final Pdu CHESHIRE_WEST =
      new Pdu(new PduId("pdu-cheshire-west"), NORTH_WEST.id(), "Cheshire West", List.of());
  static final Pdu BLACKBURN =
      new Pdu(
          new PduId("pdu-blackburn"),
          NORTH_WEST.id(),
          "Blackburn with Darwen",
          List.of("Blackburn", "Blackburn and Darwen"));
  static final Pdu GATESHEAD =
      new Pdu(
          new PduId("pdu-gateshead"), NORTH_EAST.id(), "Gateshead and South Tyneside", List.of());

  /** Saves the North West region, its Knowsley PDU and an inspection of Knowsley; returns it. */
  static Inspection saveKnowsleyInspection(Store store, String id, LocalDate fieldwork) {
    store.regions().add(NORTH_WEST);
    store.pdus().save(KNOWSLEY);
    Inspection inspection = inspection(id, KNOWSLEY, fieldwork);
    store.inspections().save(inspection);
    return inspection;
  }

  static Inspection inspection(String id, Pdu pdu, LocalDate fieldwork) {
    return new Inspection(
        new InspectionId(id),
        pdu.id(),
        FRAMEWORK,
        new InspectionDetails(
            fieldwork,
            Optional.of(YearMonth.of(2023, 4)),
            Optional.of("Jane Doe"),
            OptionalInt.of(68)),
        List.of(
            new StandardResult(
                "1.1",
                Rating.REQUIRES_IMPROVEMENT,
                RatingSource.JUDGEMENT,
                Optional.empty(),
                List.of()),
            new StandardResult(
                "2.2",
                Rating.INADEQUATE,
                RatingSource.KEY_QUESTIONS,
                Optional.of(Rating.REQUIRES_IMPROVEMENT),
                List.of(
                    new KeyQuestionResult(
                        "Does assessment focus sufficiently on engaging the person on probation?",
                        71),
                    new KeyQuestionResult(
                        "… on the factors linked to offending and desistance?", 56),
                    new KeyQuestionResult("… on keeping other people safe?", 38))),
            new StandardResult(
                "2.1",
                Rating.NOT_RATED,
                RatingSource.PUBLISHED,
                Optional.of(Rating.NOT_RATED),
                List.of())),
        List.of(
            new Finding("1.1", FindingKind.STRENGTH, "Leaders have a clear vision."),
            new Finding("1.1", FindingKind.AREA_FOR_IMPROVEMENT, "Staffing levels are too low."),
            new Finding("2.2", FindingKind.AREA_FOR_IMPROVEMENT, "Risk assessments lack depth.")),
        List.of(
            new Recommendation(
                2,
                new Addressee(AddresseeLevel.REGION, "North West region"),
                "Improve recruitment."),
            new Recommendation(
                1,
                new Addressee(AddresseeLevel.PDU, pdu.name()),
                "Improve the quality of assessments."),
            new Recommendation(
                3,
                new Addressee(AddresseeLevel.NATIONAL, "HM Prison and Probation Service"),
                "Review the workload tool.")),
        new PublishedSummary(
            OptionalInt.of(6), OptionalInt.of(27), Optional.of("Requires improvement")),
        Optional.of(
            new PublishedRecord(
                "https://hmiprobation.justiceinspectorates.gov.uk/news/" + id,
                PublicationDate.of("2023-04-12", "the press release's date"),
                OptionalInt.of(3),
                false)),
        List.of("lead inspector read from the cover page", "score printed as 6/27"),
        0);
  }

  static RegionalReview review(
      String id, Region region, LocalDate date, List<InspectionId> covered) {
    return new RegionalReview(
        new ReviewId(id),
        region.id(),
        date,
        covered,
        List.of(
            new Observation("Leadership", ObservationKind.KEY_STRENGTH, "Leaders are visible."),
            new Observation(
                "Staff", ObservationKind.KEY_AREA_FOR_IMPROVEMENT, "Workloads are too high.")),
        List.of("regional letter dated from its header"),
        0);
  }

  static ActionPlan plan(
      String id,
      Region region,
      Optional<ReviewId> review,
      LocalDate submitted,
      InspectionId a,
      InspectionId b) {
    Action withHistory =
        new Action(
            "Deliver risk assessment training to all practitioners",
            List.of("Head of PDU", "Head of Performance and Quality"),
            Optional.of(YearMonth.of(2024, 3)),
            ActionStatus.IN_PROGRESS,
            List.of(
                new ProgressUpdate(
                    LocalDate.of(2023, 10, 2),
                    ActionStatus.IN_PROGRESS,
                    "Half trained",
                    "Head of PDU"),
                new ProgressUpdate(
                    LocalDate.of(2024, 1, 15), ActionStatus.IN_PROGRESS, "", "Regional lead")),
            List.of(
                new TargetRevision(
                    Optional.of(YearMonth.of(2023, 9)),
                    YearMonth.of(2023, 12),
                    "trainers unavailable",
                    "Head of PDU",
                    LocalDate.of(2023, 9, 20)),
                new TargetRevision(
                    Optional.of(YearMonth.of(2023, 12)),
                    YearMonth.of(2024, 3),
                    "second cohort added",
                    "Regional lead",
                    LocalDate.of(2023, 12, 1))));
    Action completed =
        Action.planned(
            "Audit assessments",
            List.of("Senior Probation Officer"),
            Optional.empty(),
            ActionStatus.COMPLETED);
    Action ongoing =
        Action.planned(
            "Recruit practitioners",
            List.of("Regional Probation Director"),
            Optional.of(YearMonth.of(2023, 9)),
            ActionStatus.PLANNED);
    return new ActionPlan(
        new ActionPlanId(id),
        region.id(),
        review,
        Optional.empty(),
        submitted,
        List.of(
            new ActionPlanItem(
                1,
                List.of(new RecommendationRef(a, 1), new RecommendationRef(b, 1)),
                Response.AGREED,
                Optional.empty(),
                "",
                List.of(withHistory, completed)),
            new ActionPlanItem(
                2,
                List.of(new RecommendationRef(a, 2)),
                Response.PARTLY_AGREED,
                Optional.of(Reason.AFFORDABILITY),
                "Funding is national.",
                List.of(ongoing),
                List.of(
                    new FollowUp(
                        FollowUpJudgement.INSUFFICIENT_PROGRESS,
                        LocalDate.of(2024, 2, 1),
                        "HM Inspector",
                        "recruitment has stalled",
                        false))),
            new ActionPlanItem(
                3,
                List.of(new RecommendationRef(a, 3)),
                Response.NOT_AGREED,
                Optional.of(Reason.POLICY),
                "The workload tool is set nationally.",
                List.of())),
        Optional.of(new PlanSummary(1, 1, 1, 3)),
        List.of("item 3 has no actions, as published"),
        0);
  }

  static void assertSameInspection(Inspection expected, Inspection actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.pduId(), actual.pduId());
    assertEquals(expected.frameworkId(), actual.frameworkId());
    assertEquals(expected.details(), actual.details());
    assertEquals(expected.results(), actual.results());
    assertEquals(expected.findings(), actual.findings());
    assertEquals(expected.recommendations(), actual.recommendations());
    assertEquals(expected.published(), actual.published());
    assertEquals(expected.publishedRecord(), actual.publishedRecord());
    assertEquals(expected.notes(), actual.notes());
  }

  static void assertSamePlan(ActionPlan expected, ActionPlan actual) {
    assertEquals(expected.id(), actual.id());
    assertEquals(expected.regionId(), actual.regionId());
    assertEquals(expected.reviewId(), actual.reviewId());
    assertEquals(expected.submitted(), actual.submitted());
    assertEquals(expected.items(), actual.items());
    assertEquals(expected.publishedSummary(), actual.publishedSummary());
    assertEquals(expected.notes(), actual.notes());
  }
}
