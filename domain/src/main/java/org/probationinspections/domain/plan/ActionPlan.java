package org.probationinspections.domain.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.domain.unit.RegionId;

/**
 * The inspected body's answer to a regional review, or to one inspection (a region's inspection of
 * its own, say): numbered items that each answer one or more recommendations, with actions and
 * their progress. A plan answers a letter or an inspection, not both; one that names neither
 * answers the latest inspections of its region's units.
 */
public final class ActionPlan {

  private final ActionPlanId id;
  private final RegionId regionId;
  private final Optional<ReviewId> reviewId;
  private final Optional<InspectionId> inspectionId;
  private LocalDate submitted;
  private final List<ActionPlanItem> items;
  private Optional<PlanSummary> publishedSummary;
  private final List<String> notes;
  private final long version;

  /** Rebuilds a stored action plan exactly as it was saved. */
  public ActionPlan(
      ActionPlanId id,
      RegionId regionId,
      Optional<ReviewId> reviewId,
      Optional<InspectionId> inspectionId,
      LocalDate submitted,
      List<ActionPlanItem> items,
      Optional<PlanSummary> publishedSummary,
      List<String> notes,
      long version) {
    this.id = Require.present("id", id);
    this.regionId = Require.present("region", regionId);
    this.reviewId = Require.present("reviewId", reviewId);
    this.inspectionId = Require.present("inspectionId", inspectionId);
    if (reviewId.isPresent() && inspectionId.isPresent()) {
      throw new org.probationinspections.domain.common.InvalidValueException(
          "inspectionId", "a plan answers a regional letter or an inspection, not both");
    }
    this.submitted = Require.sensibleDate("submitted", submitted);
    this.items = new ArrayList<>(items);
    this.items.sort(Comparator.comparingInt(ActionPlanItem::number));
    this.publishedSummary = Require.present("publishedSummary", publishedSummary);
    this.notes = new ArrayList<>(notes);
    this.version = version;
  }

  public static ActionPlan draft(
      ActionPlanId id, RegionId regionId, Optional<ReviewId> reviewId, LocalDate submitted) {
    return draft(id, regionId, reviewId, Optional.empty(), submitted);
  }

  /** A new plan with no item yet, answering the letter or the inspection named. */
  public static ActionPlan draft(
      ActionPlanId id,
      RegionId regionId,
      Optional<ReviewId> reviewId,
      Optional<InspectionId> inspectionId,
      LocalDate submitted) {
    return new ActionPlan(
        id, regionId, reviewId, inspectionId, submitted, List.of(), Optional.empty(), List.of(), 0);
  }

  /** This plan as it stands, at another stored version. */
  public ActionPlan atVersion(long version) {
    return new ActionPlan(
        id, regionId, reviewId, inspectionId, submitted, items, publishedSummary, notes, version);
  }

  /** Adds the next item, answering the given recommendations. */
  public ActionPlanItem respond(
      List<RecommendationRef> answers, Response response, Optional<Reason> reason, String why) {
    int next = items.stream().mapToInt(ActionPlanItem::number).max().orElse(0) + 1;
    return respond(new ActionPlanItem(next, answers, response, reason, why, List.of()));
  }

  /**
   * Adds an item as given (a document's numbering and actions). A recommendation already answered
   * by another item is refused: each is answered exactly once.
   */
  public ActionPlanItem respond(ActionPlanItem item) {
    if (findItem(item.number()).isPresent()) {
      throw new ConflictException("the plan already has an item numbered " + item.number());
    }
    for (RecommendationRef answer : item.answers()) {
      for (ActionPlanItem existing : items) {
        if (existing.answers().contains(answer)) {
          throw new ConflictException(
              "recommendation "
                  + answer.number()
                  + " of inspection "
                  + answer.inspectionId()
                  + " is already answered by item "
                  + existing.number());
        }
      }
    }
    items.add(item);
    items.sort(Comparator.comparingInt(ActionPlanItem::number));
    return item;
  }

  /** Changes an item's response, reason and explanation; its actions stay. */
  public ActionPlanItem reconsider(
      int itemNumber, Response response, Optional<Reason> reason, String why) {
    ActionPlanItem current = item(itemNumber);
    ActionPlanItem changed =
        new ActionPlanItem(
            itemNumber,
            current.answers(),
            response,
            reason,
            why,
            current.actions(),
            current.followUps());
    replace(changed);
    return changed;
  }

  public ActionRef addAction(int itemNumber, Action action) {
    ActionPlanItem current = item(itemNumber);
    List<Action> actions = new ArrayList<>(current.actions());
    actions.add(Require.present("action", action));
    replace(current.withActions(actions));
    return new ActionRef(itemNumber, actions.size());
  }

  /** Records the inspectorate's follow-up judgement of an item, closing it if it says so. */
  public ActionPlanItem followUp(int itemNumber, FollowUp followUp) {
    ActionPlanItem changed = item(itemNumber).followedUp(Require.present("followUp", followUp));
    replace(changed);
    return changed;
  }

  public Action reportProgress(ActionRef ref, ProgressUpdate update) {
    return changeAction(ref, action -> action.withProgress(update));
  }

  /**
   * Moves an action's target month; the reason is required and the old target is kept. A target
   * cannot be moved to before the month the plan was submitted: the plan did not exist then.
   */
  public Action retarget(
      ActionRef ref, YearMonth newTarget, String reason, String by, LocalDate on) {
    YearMonth planMonth = YearMonth.from(submitted);
    if (newTarget != null && newTarget.isBefore(planMonth)) {
      throw new RuleBrokenException(
          "target",
          "a target cannot be moved to "
              + newTarget
              + ", before the plan was submitted ("
              + planMonth
              + ")");
    }
    return changeAction(
        ref,
        action ->
            action.withTarget(new TargetRevision(action.target(), newTarget, reason, by, on)));
  }

  public void resubmit(LocalDate date) {
    this.submitted = Require.sensibleDate("submitted", date);
  }

  public void recordPublishedSummary(PlanSummary summary) {
    this.publishedSummary = Optional.of(summary);
  }

  public void note(String remark) {
    String text = Require.text("note", remark);
    if (!notes.contains(text)) {
      notes.add(text);
    }
  }

  /** The closing table, counted from the items. */
  public PlanSummary summary() {
    int agreed = 0;
    int partly = 0;
    int not = 0;
    for (ActionPlanItem item : items) {
      switch (item.response()) {
        case AGREED -> agreed++;
        case PARTLY_AGREED -> partly++;
        case NOT_AGREED -> not++;
      }
    }
    return new PlanSummary(agreed, partly, not, items.size());
  }

  /** Every expected recommendation answered exactly once, nothing else answered. */
  public Coverage coverage(Collection<RecommendationRef> expected) {
    Set<RecommendationRef> wanted = new LinkedHashSet<>(expected);
    Map<RecommendationRef, List<Integer>> answeredBy = new LinkedHashMap<>();
    for (ActionPlanItem item : items) {
      for (RecommendationRef answer : item.answers()) {
        answeredBy.computeIfAbsent(answer, key -> new ArrayList<>()).add(item.number());
      }
    }
    List<RecommendationRef> unanswered =
        wanted.stream().filter(ref -> !answeredBy.containsKey(ref)).toList();
    Map<RecommendationRef, List<Integer>> twice = new LinkedHashMap<>();
    answeredBy.forEach(
        (ref, numbers) -> {
          if (numbers.size() > 1) {
            twice.put(ref, numbers);
          }
        });
    List<RecommendationRef> unexpected =
        answeredBy.keySet().stream().filter(ref -> !wanted.contains(ref)).toList();
    return new Coverage(unanswered, twice, unexpected);
  }

  /** What the plan still lacks, item by item, and whether its published summary adds up. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    items.forEach(item -> problems.addAll(item.problems()));
    publishedSummary
        .filter(printed -> !printed.equals(summary()))
        .ifPresent(
            printed -> problems.add("summary published as " + printed + ": computed " + summary()));
    return problems;
  }

  public List<OverdueAction> overdueActions(LocalDate asOf) {
    List<OverdueAction> overdue = new ArrayList<>();
    for (ActionPlanItem item : items) {
      for (int index = 0; index < item.actions().size(); index++) {
        Action action = item.actions().get(index);
        if (action.isOverdue(asOf)) {
          overdue.add(
              new OverdueAction(
                  new ActionRef(item.number(), index + 1), action, action.daysOverdue(asOf)));
        }
      }
    }
    return overdue;
  }

  public ProgressCounts progress(LocalDate asOf) {
    return ProgressCounts.of(
        items.stream().flatMap(item -> item.actions().stream()).toList(), asOf);
  }

  public Optional<ActionPlanItem> findItem(int number) {
    return items.stream().filter(item -> item.number() == number).findFirst();
  }

  public ActionPlanItem item(int number) {
    return findItem(number)
        .orElseThrow(() -> new NotFoundException("Action plan item", String.valueOf(number)));
  }

  public Action action(ActionRef ref) {
    List<Action> actions = item(ref.itemNumber()).actions();
    if (ref.actionNumber() > actions.size()) {
      throw new NotFoundException("Action", ref.itemNumber() + "." + ref.actionNumber());
    }
    return actions.get(ref.actionNumber() - 1);
  }

  private Action changeAction(ActionRef ref, java.util.function.UnaryOperator<Action> change) {
    Action changed = change.apply(action(ref));
    ActionPlanItem current = item(ref.itemNumber());
    List<Action> actions = new ArrayList<>(current.actions());
    actions.set(ref.actionNumber() - 1, changed);
    replace(current.withActions(actions));
    return changed;
  }

  private void replace(ActionPlanItem changed) {
    items.replaceAll(item -> item.number() == changed.number() ? changed : item);
  }

  public ActionPlanId id() {
    return id;
  }

  public RegionId regionId() {
    return regionId;
  }

  public Optional<ReviewId> reviewId() {
    return reviewId;
  }

  /** The inspection the plan answers, when it answers one rather than a letter. */
  public Optional<InspectionId> inspectionId() {
    return inspectionId;
  }

  public LocalDate submitted() {
    return submitted;
  }

  public List<ActionPlanItem> items() {
    return List.copyOf(items);
  }

  public Optional<PlanSummary> publishedSummary() {
    return publishedSummary;
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }

  public long version() {
    return version;
  }
}
