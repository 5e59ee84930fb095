package org.probationinspections.application.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.FollowUpDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.ProgressDocument;
import org.probationinspections.application.port.in.interchange.SummaryDocument;
import org.probationinspections.application.port.in.interchange.TargetRevisionDocument;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.plan.Coverage;
import org.probationinspections.domain.plan.PlanSummary;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.unit.Region;

/** Shows an action plan in the interchange shape, with what its checks find as flags. */
public final class ActionPlanDocuments {

  private ActionPlanDocuments() {}

  public static ActionPlanDocument document(
      ActionPlan plan, Region region, List<Inspection> scope, Names names, LocalDate asOf) {
    Map<InspectionId, Inspection> byId = new HashMap<>();
    scope.forEach(inspection -> byId.put(inspection.id(), inspection));
    List<ItemDocument> items = new ArrayList<>();
    for (ActionPlanItem item : plan.items()) {
      List<AnswerDocument> answers =
          item.answers().stream()
              .map(ref -> answer(ref, byId.get(ref.inspectionId()), names))
              .toList();
      List<ActionDocument> actions = new ArrayList<>();
      for (int index = 0; index < item.actions().size(); index++) {
        actions.add(action(index + 1, item.actions().get(index), asOf));
      }
      items.add(
          new ItemDocument(
              item.number(),
              answers,
              item.response(),
              item.reason(),
              item.explanation(),
              actions,
              item.followUps().stream()
                  .map(
                      f ->
                          new FollowUpDocument(f.judgement(), f.on(), f.by(), f.note(), f.closes()))
                  .toList()));
    }
    List<String> pdus =
        scope.stream().map(inspection -> names.pdu(inspection.pduId()).name()).distinct().toList();
    return new ActionPlanDocument(
        Optional.of(plan.id().value()),
        region.name(),
        plan.submitted(),
        plan.reviewId().map(Object::toString),
        Optional.empty(),
        plan.inspectionId().map(Object::toString),
        pdus,
        items,
        Optional.of(summary(plan.summary())),
        plan.publishedSummary().map(ActionPlanDocuments::summary),
        flags(plan, scope, names),
        plan.notes(),
        Optional.of(plan.version()));
  }

  /** The plan's document with other items, notes and version, and the rest as it is. */
  public static ActionPlanDocument withItems(
      ActionPlanDocument plan,
      List<ItemDocument> items,
      List<String> notes,
      Optional<Long> version) {
    return new ActionPlanDocument(
        plan.id(),
        plan.region(),
        plan.submitted(),
        plan.reviewId(),
        plan.reviewDate(),
        plan.inspectionId(),
        plan.pdus(),
        items,
        plan.summary(),
        plan.publishedSummary(),
        plan.flags(),
        notes,
        version);
  }

  public static ActionPlanOverview overview(
      ActionPlan plan, Region region, List<Inspection> scope, Names names, LocalDate asOf) {
    return overview(plan, region, expected(scope), asOf);
  }

  /**
   * The overview of a plan whose scope was read as the recommendations it holds ({@code expected}):
   * a list of plans reads them for its whole page at once, without the inspections.
   */
  public static ActionPlanOverview overview(
      ActionPlan plan, Region region, List<RecommendationRef> expected, LocalDate asOf) {
    Coverage coverage = plan.coverage(expected);
    int flags =
        plan.problems().size()
            + coverage.unanswered().size()
            + coverage.answeredMoreThanOnce().size()
            + coverage.unexpected().size();
    return new ActionPlanOverview(
        plan.id().value(),
        region.id().value(),
        region.name(),
        plan.reviewId().map(Object::toString),
        plan.inspectionId().map(Object::toString),
        plan.submitted(),
        summary(plan.summary()),
        plan.progress(asOf),
        flags);
  }

  public static SummaryDocument summary(PlanSummary summary) {
    return new SummaryDocument(
        summary.agreed(), summary.partlyAgreed(), summary.notAgreed(), summary.total());
  }

  /** The recommendations of the inspections in a plan's scope, which the plan should answer. */
  public static List<RecommendationRef> expected(List<Inspection> scope) {
    List<RecommendationRef> expected = new ArrayList<>();
    for (Inspection inspection : scope) {
      inspection
          .recommendations()
          .forEach(r -> expected.add(new RecommendationRef(inspection.id(), r.number())));
    }
    return expected;
  }

  /** The completeness problems, then what the coverage check finds. */
  public static List<String> flags(ActionPlan plan, List<Inspection> scope, Names names) {
    List<String> flags = new ArrayList<>(plan.problems());
    Map<InspectionId, Inspection> byId = new HashMap<>();
    scope.forEach(inspection -> byId.put(inspection.id(), inspection));
    Coverage coverage = plan.coverage(expected(scope));
    for (RecommendationRef ref : coverage.unanswered()) {
      flags.add("unanswered: " + describe(ref, byId.get(ref.inspectionId()), names));
    }
    coverage
        .answeredMoreThanOnce()
        .forEach(
            (ref, itemNumbers) ->
                flags.add(
                    "answered more than once: "
                        + describe(ref, byId.get(ref.inspectionId()), names)
                        + " by items "
                        + itemNumbers));
    for (RecommendationRef ref : coverage.unexpected()) {
      flags.add("answers a recommendation outside the reviewed inspections: " + ref);
    }
    return flags;
  }

  public static String describe(RecommendationRef ref, Inspection inspection, Names names) {
    if (inspection == null) {
      return "recommendation " + ref.number() + " of inspection " + ref.inspectionId();
    }
    return names.pdu(inspection.pduId()).name() + " recommendation " + ref.number();
  }

  private static AnswerDocument answer(RecommendationRef ref, Inspection inspection, Names names) {
    Optional<String> pdu = Optional.ofNullable(inspection).map(i -> names.pdu(i.pduId()).name());
    Optional<String> text =
        Optional.ofNullable(inspection)
            .flatMap(i -> i.findRecommendation(ref.number()))
            .map(r -> r.text());
    return new AnswerDocument(
        Optional.of(ref.inspectionId().value()), pdu, Optional.of(ref.number()), text);
  }

  private static ActionDocument action(int number, Action action, LocalDate asOf) {
    return new ActionDocument(
        Optional.of(number),
        action.text(),
        action.owners(),
        action.target(),
        action.status(),
        action.isOverdue(asOf) ? Optional.of(action.daysOverdue(asOf)) : Optional.empty(),
        action.progress().stream()
            .map(p -> new ProgressDocument(p.on(), p.status(), p.note(), p.by()))
            .toList(),
        action.revisions().stream()
            .map(r -> new TargetRevisionDocument(r.from(), r.to(), r.reason(), r.by(), r.on()))
            .toList());
  }
}
