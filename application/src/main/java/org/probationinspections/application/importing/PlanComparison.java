package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanItem;
import org.probationinspections.domain.plan.FollowUp;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.plan.TargetRevision;

/**
 * A stored action plan beside the one a document would store in its place: what differs, in plain
 * words, and how the two combine. People change a plan by adding to it (an item, an action, a
 * progress report, a moved target, a follow-up judgement), so a history that one side carries
 * further than the other, from the same start, is that side's newer change; a history that parts
 * from the other's, or a value that differs outside a history, was changed on both sides or cannot
 * be told apart, and touches.
 */
final class PlanComparison {

  private final Differences differences = new Differences();
  private final List<ActionPlanItem> merged = new ArrayList<>();

  PlanComparison(ActionPlan stored, ActionPlan document) {
    for (ActionPlanItem kept : stored.items()) {
      Optional<ActionPlanItem> given = document.findItem(kept.number());
      if (given.isEmpty()) {
        differences.inStoreOnly("item " + kept.number(), "item " + kept.number(), true);
        merged.add(kept);
      } else {
        merged.add(item(kept, given.get()));
      }
    }
    for (ActionPlanItem given : document.items()) {
      if (stored.findItem(given.number()).isEmpty()) {
        differences.inDocumentOnly("item " + given.number(), "item " + given.number());
        merged.add(given);
      }
    }
  }

  /**
   * What differs; the store has more when it holds an item, an action, or a history carried further
   * than the document's: a document without a version is older than the store exactly then.
   */
  Differences differences() {
    return differences;
  }

  /** Both sides combined, when nothing touches. */
  List<ActionPlanItem> merged() {
    return List.copyOf(merged);
  }

  private ActionPlanItem item(ActionPlanItem stored, ActionPlanItem document) {
    String where = "item " + stored.number();
    differences.value(where, "answers", stored.answers(), document.answers(), Object::toString);
    differences.value(where, "response", stored.response(), document.response(), r -> r.label());
    differences.value(
        where,
        "reason",
        stored.reason(),
        document.reason(),
        r -> r.map(Object::toString).orElse("none"));
    differences.value(
        where, "explanation", stored.explanation(), document.explanation(), Differences::quoted);
    List<Action> actions = new ArrayList<>();
    int count = Math.max(stored.actions().size(), document.actions().size());
    for (int index = 0; index < count; index++) {
      String action = where + ", action " + (index + 1);
      if (index >= document.actions().size()) {
        Action kept = stored.actions().get(index);
        differences.inStoreOnly(action, action + " " + quoted(kept.text()), true);
        actions.add(kept);
      } else if (index >= stored.actions().size()) {
        Action given = document.actions().get(index);
        differences.inDocumentOnly(action, action + " " + quoted(given.text()));
        actions.add(given);
      } else {
        actions.add(action(action, stored.actions().get(index), document.actions().get(index)));
      }
    }
    List<FollowUp> followUps =
        history(
            where,
            "follow-up judgements",
            stored.followUps(),
            document.followUps(),
            f -> f.on() + " " + f.judgement());
    return new ActionPlanItem(
        stored.number(),
        stored.answers(),
        stored.response(),
        stored.reason(),
        stored.explanation(),
        actions,
        followUps);
  }

  /**
   * One action on both sides. Its status and target move with its progress and its revisions: the
   * side whose histories are further on gives them; where neither is, a different value touches.
   */
  private Action action(String where, Action stored, Action document) {
    differences.value(where, "text", stored.text(), document.text(), Differences::quoted);
    differences.value(
        where, "owners", stored.owners(), document.owners(), o -> String.join(", ", o));
    int before = differences.count();
    int touchingBefore = differences.touchingCount();
    List<ProgressUpdate> progress =
        history(
            where,
            "progress",
            stored.progress(),
            document.progress(),
            p -> p.on() + " " + p.status() + (p.note().isBlank() ? "" : " " + quoted(p.note())));
    List<TargetRevision> revisions =
        history(
            where,
            "target revisions",
            stored.revisions(),
            document.revisions(),
            r -> r.on() + " " + r.from() + " to " + r.to());
    boolean storeAhead =
        isAhead(stored.progress(), document.progress())
            || isAhead(stored.revisions(), document.revisions());
    boolean documentAhead =
        isAhead(document.progress(), stored.progress())
            || isAhead(document.revisions(), stored.revisions());
    boolean sameHistories =
        stored.progress().equals(document.progress())
            && stored.revisions().equals(document.revisions());
    if (sameHistories) {
      differences.value(where, "status", stored.status(), document.status(), Object::toString);
      differences.value(
          where,
          "target",
          stored.target(),
          document.target(),
          t -> t.map(Object::toString).orElse("none"));
    } else {
      differences.differ(where, "status", stored.status(), document.status(), Object::toString);
      differences.differ(
          where,
          "target",
          stored.target(),
          document.target(),
          t -> t.map(Object::toString).orElse("none"));
    }
    if (storeAhead && documentAhead && differences.touchingCount() == touchingBefore) {
      differences.touchesAsAWhole(where + ": the store and the document each carry it further");
    }
    if (differences.count() == before) {
      return stored;
    }
    Action newer = documentAhead && !storeAhead ? document : stored;
    return new Action(
        stored.text(), stored.owners(), newer.target(), newer.status(), progress, revisions);
  }

  /**
   * A history (progress, revisions, follow-ups): the longer when one starts as the other does, else
   * the stored one, and the difference touches.
   */
  private <T> List<T> history(
      String where, String field, List<T> stored, List<T> document, Function<T, String> shown) {
    if (stored.equals(document)) {
      return stored;
    }
    String difference =
        where
            + " "
            + field
            + ": stored "
            + describe(stored, shown)
            + ", document "
            + describe(document, shown);
    if (isAhead(stored, document)) {
      differences.keptFromStore(difference, where + " " + field);
      return stored;
    }
    if (isAhead(document, stored)) {
      differences.takenFromDocument(difference, where + " " + field);
      return document;
    }
    differences.touches(difference, true);
    return stored;
  }

  /** Whether {@code longer} starts with all of {@code shorter} and goes further. */
  private static <T> boolean isAhead(List<T> longer, List<T> shorter) {
    return longer.size() > shorter.size() && longer.subList(0, shorter.size()).equals(shorter);
  }

  private static <T> String describe(List<T> entries, Function<T, String> shown) {
    if (entries.isEmpty()) {
      return "none";
    }
    return entries.size()
        + (entries.size() == 1 ? " entry" : " entries")
        + ", the latest "
        + shown.apply(entries.get(entries.size() - 1));
  }

  private static String quoted(String text) {
    return Differences.quoted(text);
  }
}
