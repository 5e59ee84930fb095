package org.probationinspections.application.importing;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.importing.port.in.ImportActionPlanUseCase;
import org.probationinspections.application.importing.port.in.ImportOutcome;
import org.probationinspections.application.importing.port.in.OnConflict;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.AnswerDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.SummaryDocument;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.shared.ActionPlanDocuments;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.application.shared.PlanScope;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.plan.FollowUp;
import org.probationinspections.domain.plan.PlanSummary;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.TargetRevision;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.theme.Wording;
import org.probationinspections.domain.unit.Region;

/**
 * Stores an action plan document. Each answer is resolved to a stored recommendation of the plan's
 * scope (the reviewed inspections); an answer that resolves to none refuses the whole document. A
 * plan already stored (same id, or same region and submission date) is replaced, unless it changed
 * since the document was made: then {@link OnConflict} decides (see {@link PlanComparison}).
 */
record ImportActionPlanService(
    ActionPlanRepository plans,
    ReviewRepository reviews,
    PlanScope scope,
    UnitRegistrar registrar,
    Directory directory,
    Clock clock)
    implements ImportActionPlanUseCase {

  @Override
  public ImportOutcome importPlan(ActionPlanDocument document, OnConflict onConflict) {
    List<String> remarks = new ArrayList<>(document.notes());
    Region region =
        registrar.region(
            document.region(), UnitRegistrar.registrationNotes(document.id(), remarks));
    Optional<ReviewId> review = review(document, region, remarks);
    Optional<InspectionId> answered = document.inspectionId().map(InspectionId::new);
    answered.ifPresent(inspection -> scope.requireOfRegion(inspection, region));
    Optional<ActionPlan> existing =
        document
            .id()
            .flatMap(id -> plans.findById(new ActionPlanId(id)))
            .or(
                () ->
                    plans.findByRegion(region.id()).stream()
                        .filter(p -> p.submitted().equals(document.submitted()))
                        .findFirst());
    ActionPlanId id =
        existing
            .map(ActionPlan::id)
            .orElseGet(() -> document.id().map(ActionPlanId::new).orElseGet(ActionPlanId::newId));
    ActionPlan draft = ActionPlan.draft(id, region.id(), review, answered, document.submitted());
    List<Inspection> inScope = scope.inspections(draft);
    List<ActionPlanItem> items = new ArrayList<>();
    for (ItemDocument item : document.items()) {
      items.add(item(item, inScope));
    }
    ActionPlan plan =
        new ActionPlan(
            id,
            region.id(),
            review,
            answered,
            document.submitted(),
            List.of(),
            document.publishedSummary().map(ImportActionPlanService::summary),
            remarks,
            existing.map(ActionPlan::version).orElse(0L));
    items.forEach(plan::respond);
    Names names = new Names(directory);
    List<String> flags = ActionPlanDocuments.flags(plan, inScope, names);
    if (existing.isPresent()
        && ActionPlanDocuments.document(existing.get(), region, inScope, names, clock.today())
            .equals(ActionPlanDocuments.document(plan, region, inScope, names, clock.today()))) {
      return new ImportOutcome("action plan", id.value(), ImportOutcome.Effect.UNCHANGED, flags);
    }
    List<String> conflict = List.of();
    if (existing.isPresent()) {
      PlanComparison comparison = new PlanComparison(existing.get(), plan);
      Differences differences = comparison.differences();
      Optional<String> newer =
          Conflicts.newer("plan", document.version(), existing.get().version(), differences);
      if (newer.isPresent()) {
        conflict =
            Conflicts.resolve(
                "action plan " + id.value() + " of " + region.name(),
                "plan",
                newer.get(),
                differences,
                differences.all(),
                onConflict);
        if (onConflict == OnConflict.MERGE) {
          plan = merged(plan, comparison.merged());
        }
        flags = ActionPlanDocuments.flags(plan, inScope, names);
      }
    }
    plans.save(plan);
    return new ImportOutcome(
        "action plan",
        id.value(),
        existing.isPresent() ? ImportOutcome.Effect.UPDATED : ImportOutcome.Effect.CREATED,
        flags,
        flags,
        conflict);
  }

  private static ActionPlan merged(ActionPlan plan, List<ActionPlanItem> items) {
    ActionPlan merged =
        new ActionPlan(
            plan.id(),
            plan.regionId(),
            plan.reviewId(),
            plan.inspectionId(),
            plan.submitted(),
            List.of(),
            plan.publishedSummary(),
            plan.notes(),
            plan.version());
    items.forEach(merged::respond);
    return merged;
  }

  private Optional<ReviewId> review(
      ActionPlanDocument document, Region region, List<String> remarks) {
    if (document.reviewId().isPresent()) {
      ReviewId id = new ReviewId(document.reviewId().get());
      RegionalReview review = reviews.get(id);
      return Optional.of(review.id());
    }
    List<RegionalReview> ofRegion = reviews.findByRegion(region.id());
    if (document.reviewDate().isPresent()) {
      Optional<RegionalReview> dated =
          ofRegion.stream().filter(r -> r.date().equals(document.reviewDate().get())).findFirst();
      if (dated.isPresent()) {
        return Optional.of(dated.get().id());
      }
      remarks.add(
          "no regional letter of "
              + region.name()
              + " dated "
              + document.reviewDate().get()
              + " is stored: the plan answers the latest inspection of each PDU");
    }
    return Optional.empty();
  }

  private ActionPlanItem item(ItemDocument document, List<Inspection> inScope) {
    List<RecommendationRef> answers = new ArrayList<>();
    for (AnswerDocument answer : document.answers()) {
      answers.add(resolve(document.number(), answer, inScope));
    }
    List<Action> actions = new ArrayList<>();
    for (ActionDocument action : document.actions()) {
      actions.add(action(action));
    }
    return new ActionPlanItem(
        document.number(),
        answers,
        document.response(),
        document.reason(),
        document.explanation(),
        actions,
        document.followUps().stream()
            .map(f -> new FollowUp(f.judgement(), f.on(), f.by(), f.note(), f.closes()))
            .toList());
  }

  private RecommendationRef resolve(int item, AnswerDocument answer, List<Inspection> inScope) {
    List<Inspection> candidates = inScope;
    if (answer.inspectionId().isPresent()) {
      InspectionId id = new InspectionId(answer.inspectionId().get());
      candidates = inScope.stream().filter(i -> i.id().equals(id)).toList();
    } else if (answer.pdu().isPresent()) {
      var pdu = directory.findPdu(answer.pdu().get());
      candidates =
          pdu.isEmpty()
              ? List.of()
              : inScope.stream().filter(i -> i.pduId().equals(pdu.get().id())).toList();
    }
    for (Inspection inspection : candidates) {
      for (var recommendation : inspection.recommendations()) {
        boolean numberMatches =
            answer.recommendationNumber().map(n -> n == recommendation.number()).orElse(true);
        // A number is authoritative; the wording identifies the recommendation only without one.
        boolean textMatches =
            answer.recommendationNumber().isPresent()
                || answer
                    .recommendationText()
                    .map(text -> Wording.same(text, recommendation.text()))
                    .orElse(true);
        if (numberMatches && textMatches) {
          return new RecommendationRef(inspection.id(), recommendation.number());
        }
      }
    }
    throw new InvalidValueException(
        "items[" + item + "].answers",
        "item "
            + item
            + " answers "
            + answer.pdu().or(answer::inspectionId).orElse("a PDU")
            + " recommendation "
            + answer
                .recommendationNumber()
                .map(String::valueOf)
                .or(() -> answer.recommendationText().map(t -> "\"" + t + "\""))
                .orElse("?")
            + ", which no stored inspection in the plan's scope has");
  }

  private static Action action(ActionDocument document) {
    List<ProgressUpdate> progress =
        document.progress().stream()
            .map(p -> new ProgressUpdate(p.on(), p.status(), p.note(), p.by()))
            .toList();
    List<TargetRevision> revisions =
        document.revisions().stream()
            .map(r -> new TargetRevision(r.from(), r.to(), r.reason(), r.by(), r.on()))
            .toList();
    Optional<YearMonth> target = document.target();
    return new Action(
        document.text(), document.owners(), target, document.status(), progress, revisions);
  }

  private static PlanSummary summary(SummaryDocument document) {
    return new PlanSummary(
        document.agreed(), document.partlyAgreed(), document.notAgreed(), document.total());
  }
}
