package org.probationinspections.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.inspection.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.review.port.in.PublishRegionalReviewUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.review.Observation;
import org.probationinspections.domain.review.ObservationKind;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/**
 * Records, through the use cases, a North West picture shaped like the published one: Knowsley and
 * St Helens (every case-supervision standard Inadequate, so Leadership is Inadequate; 2/24), a
 * Cheshire West inspection with a mixed picture, a regional letter covering both, and the region's
 * action plan whose 2023 target months have passed (so some actions are overdue on {@link
 * TestWorld#TODAY}).
 */
public final class NorthWestFixture {

  public static final String FRAMEWORK = "hmip-probation-pdu-2021";

  public RegionId region;
  public PduId knowsley;
  public PduId cheshire;
  public InspectionId knowsleyInspection;
  public InspectionId cheshireInspection;
  public ReviewId review;
  public ActionPlanId plan;

  /** Reports progress on an action of the North West's plan, as its owners would. */
  public void report(
      TestUseCases s, ActionRef action, ActionStatus status, String note, String by) {
    s.updateActionProgress()
        .update(
            new UpdateActionProgressUseCase.Command(
                plan, action, status, note, by, OptionalLong.empty()));
  }

  public static NorthWestFixture recordInto(TestUseCases s) {
    NorthWestFixture f = new NorthWestFixture();
    f.region = s.registerRegion().register(new RegisterRegionUseCase.Command("North West"));
    s.registerRegion().register(new RegisterRegionUseCase.Command("North East"));
    f.knowsley =
        s.registerPdu()
            .register(
                new RegisterPduUseCase.Command(
                    "North West", "Knowsley and St Helens", List.of("Knowsley & St Helens")));
    f.cheshire =
        s.registerPdu()
            .register(new RegisterPduUseCase.Command("North West", "Cheshire West", List.of()));

    f.knowsleyInspection =
        inspection(
            s, "Knowsley and St Helens", LocalDate.of(2023, 4, 17), YearMonth.of(2023, 6), 46);
    keyQuestions(s, f.knowsleyInspection, "2.2", 54, 44, 37);
    keyQuestions(s, f.knowsleyInspection, "2.3", 48, 41, 30);
    keyQuestions(s, f.knowsleyInspection, "2.4", 61, 52, 35);
    keyQuestions(s, f.knowsleyInspection, "2.5", 45, 40, 33);
    judge(s, f.knowsleyInspection, "1.1", Rating.INADEQUATE);
    judge(s, f.knowsleyInspection, "1.2", Rating.REQUIRES_IMPROVEMENT);
    judge(s, f.knowsleyInspection, "1.3", Rating.REQUIRES_IMPROVEMENT);
    judge(s, f.knowsleyInspection, "1.4", Rating.INADEQUATE);
    recommend(
        s,
        f.knowsleyInspection,
        AddresseeLevel.PDU,
        "improve the quality of assessment and planning to keep other people safe");
    recommend(
        s,
        f.knowsleyInspection,
        AddresseeLevel.PDU,
        "make sure that staff have manageable workloads");
    recommend(
        s,
        f.knowsleyInspection,
        AddresseeLevel.REGION,
        "ensure police information relating to domestic abuse is accessible to practitioners");
    recommend(
        s,
        f.knowsleyInspection,
        AddresseeLevel.NATIONAL,
        "review the national approach to recruiting probation officers");

    f.cheshireInspection =
        inspection(s, "Cheshire West", LocalDate.of(2023, 3, 6), YearMonth.of(2023, 5), 52);
    keyQuestions(s, f.cheshireInspection, "2.2", 71, 76, 32);
    keyQuestions(s, f.cheshireInspection, "2.3", 70, 66, 45);
    keyQuestions(s, f.cheshireInspection, "2.4", 68, 72, 44);
    keyQuestions(s, f.cheshireInspection, "2.5", 74, 74, 59);
    judge(s, f.cheshireInspection, "1.1", Rating.REQUIRES_IMPROVEMENT);
    judge(s, f.cheshireInspection, "1.2", Rating.GOOD);
    judge(s, f.cheshireInspection, "1.3", Rating.REQUIRES_IMPROVEMENT);
    judge(s, f.cheshireInspection, "1.4", Rating.GOOD);
    recommend(
        s,
        f.cheshireInspection,
        AddresseeLevel.PDU,
        "strengthen management oversight of risk of harm work");

    f.review =
        s.publishRegionalReview()
            .publish(
                new PublishRegionalReviewUseCase.Command(
                    "North West",
                    LocalDate.of(2023, 7, 20),
                    List.of(f.knowsleyInspection, f.cheshireInspection),
                    List.of(
                        new Observation(
                            "Leadership",
                            ObservationKind.KEY_STRENGTH,
                            "Leaders have a clear vision for the region"),
                        new Observation(
                            "Staff",
                            ObservationKind.KEY_AREA_FOR_IMPROVEMENT,
                            "Workloads are too high in most PDUs"))));

    f.plan =
        s.draftActionPlan()
            .draft(
                new DraftActionPlanUseCase.Command(
                    "North West", Optional.of(f.review), LocalDate.of(2023, 8, 29)));
    int item1 = respond(s, f, Response.AGREED, "", new RecommendationRef(f.knowsleyInspection, 1));
    addAction(
        s,
        f,
        item1,
        "Deliver risk assessment training to all practitioners",
        "Head of PDU",
        YearMonth.of(2023, 9));
    addAction(
        s,
        f,
        item1,
        "Audit twenty cases a month for quality",
        "Head of Performance and Quality",
        YearMonth.of(2024, 9));
    int item2 =
        respond(
            s,
            f,
            Response.PARTLY_AGREED,
            "Recruitment is national policy; local workload measures are agreed",
            new RecommendationRef(f.knowsleyInspection, 2));
    addAction(
        s, f, item2, "Introduce a workload management tool", "Head of PDU", YearMonth.of(2023, 12));
    int item3 = respond(s, f, Response.AGREED, "", new RecommendationRef(f.knowsleyInspection, 3));
    addAction(
        s,
        f,
        item3,
        "Agree an information-sharing protocol with Merseyside Police",
        "Regional Probation Director",
        YearMonth.of(2023, 10));
    int item4 =
        respond(
            s,
            f,
            Response.NOT_AGREED,
            "Recruitment of probation officers is managed nationally",
            new RecommendationRef(f.knowsleyInspection, 4));
    int item5 = respond(s, f, Response.AGREED, "", new RecommendationRef(f.cheshireInspection, 1));
    addAction(
        s,
        f,
        item5,
        "Introduce monthly management oversight reviews",
        "Senior Probation Officer",
        YearMonth.of(2023, 11));
    s.updateActionProgress()
        .update(
            new UpdateActionProgressUseCase.Command(
                f.plan,
                new ActionRef(item5, 1),
                ActionStatus.COMPLETED,
                "Reviews running since October",
                "Head of PDU",
                OptionalLong.empty()));
    if (item4 != 4) {
      throw new IllegalStateException("items are numbered in order");
    }
    return f;
  }

  private static InspectionId inspection(
      TestUseCases s, String pdu, LocalDate fieldwork, YearMonth published, int cases) {
    return s.recordInspection()
        .record(
            new RecordInspectionUseCase.Command(
                pdu,
                new FrameworkId(FRAMEWORK),
                fieldwork,
                Optional.of(published),
                Optional.of("Helen Davies"),
                OptionalInt.of(cases)));
  }

  private static void keyQuestions(
      TestUseCases s, InspectionId id, String standard, int... percents) {
    String[] focus = {
      "engaging the person on probation?",
      "the factors linked to offending and desistance?",
      "keeping other people safe?"
    };
    List<KeyQuestionResult> results =
        java.util.stream.IntStream.range(0, percents.length)
            .mapToObj(
                i ->
                    new KeyQuestionResult(
                        "Does " + standard + " focus sufficiently on " + focus[i], percents[i]))
            .toList();
    s.recordKeyQuestionResults()
        .record(new RecordKeyQuestionResultsUseCase.Command(id, standard, results));
  }

  private static void judge(TestUseCases s, InspectionId id, String standard, Rating rating) {
    s.judgeStandard().judge(new JudgeStandardUseCase.Command(id, standard, rating));
  }

  private static void recommend(
      TestUseCases s, InspectionId id, AddresseeLevel level, String text) {
    s.addRecommendation().add(new AddRecommendationUseCase.Command(id, level, "", text));
  }

  private static int respond(
      TestUseCases s,
      NorthWestFixture f,
      Response response,
      String explanation,
      RecommendationRef ref) {
    return s.respondToRecommendation()
        .respond(
            new RespondToRecommendationUseCase.Command(
                f.plan,
                List.of(ref),
                response,
                response == Response.AGREED ? Optional.empty() : Optional.of(Reason.POLICY),
                explanation));
  }

  /** Adds a planned action, owned by {@code owner}, to item {@code item} of the plan. */
  static void addAction(
      TestUseCases s, NorthWestFixture f, int item, String text, String owner, YearMonth target) {
    s.addAction()
        .add(
            new AddActionUseCase.Command(
                f.plan, item, text, List.of(owner), Optional.of(target), ActionStatus.PLANNED));
  }
}
