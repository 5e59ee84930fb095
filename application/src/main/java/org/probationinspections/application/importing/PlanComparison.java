package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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

  private final List<String> differences = new ArrayList<>();
  private final List<String> touching = new ArrayList<>();
  private final List<String> keptFromStore = new ArrayList<>();
  private final List<String> takenFromDocument = new ArrayList<>();
  private final List<ActionPlanItem> merged = new ArrayList<>();
  private boolean storeHasMore;

  PlanComparison(ActionPlan stored, ActionPlan document) {
    for (ActionPlanItem kept : stored.items()) {
      Optional<ActionPlanItem> given = document.findItem(kept.number());
      if (given.isEmpty()) {
        storeHasMore = true;
        String what = "item " + kept.number() + ": in the store, not in the document";
        differences.add(what);
        keptFromStore.add("item " + kept.number());
        merged.add(kept);
      } else {
        merged.add(item(kept, given.get()));
      }
    }
    for (ActionPlanItem given : document.items()) {
      if (stored.findItem(given.number()).isEmpty()) {
        differences.add("item " + given.number() + ": in the document, not in the store");
        takenFromDocument.add("item " + given.number());
        merged.add(given);
      }
    }
  }

  /** Every difference, stored value against the document's. */
  List<String> differences() {
    return List.copyOf(differences);
  }

  /** The differences a merge cannot combine. */
  List<String> touching() {
    return List.copyOf(touching);
  }

  /**
   * Whether the store holds something the document lacks: an item, an action, or a history carried
   * further; a document without a version is older than the store exactly then.
   */
  boolean storeHasMore() {
    return storeHasMore;
  }

  List<String> keptFromStore() {
    return List.copyOf(keptFromStore);
  }

  List<String> takenFromDocument() {
    return List.copyOf(takenFromDocument);
  }

  /** Both sides combined, when nothing touches. */
  List<ActionPlanItem> merged() {
    return List.copyOf(merged);
  }

  private ActionPlanItem item(ActionPlanItem stored, ActionPlanItem document) {
    String where = "item " + stored.number();
    value(where, "answers", stored.answers(), document.answers(), Object::toString);
    value(where, "response", stored.response(), document.response(), r -> r.label());
    value(
        where,
        "reason",
        stored.reason(),
        document.reason(),
        r -> r.map(Object::toString).orElse("none"));
    value(
        where, "explanation", stored.explanation(), document.explanation(), PlanComparison::quoted);
    List<Action> actions = new ArrayList<>();
    int count = Math.max(stored.actions().size(), document.actions().size());
    for (int index = 0; index < count; index++) {
      String action = where + ", action " + (index + 1);
      if (index >= document.actions().size()) {
        Action kept = stored.actions().get(index);
        storeHasMore = true;
        differences.add(action + " " + quoted(kept.text()) + ": in the store, not in the document");
        keptFromStore.add(action);
        actions.add(kept);
      } else if (index >= stored.actions().size()) {
        Action given = document.actions().get(index);
        differences.add(
            action + " " + quoted(given.text()) + ": in the document, not in the store");
        takenFromDocument.add(action);
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
    value(where, "text", stored.text(), document.text(), PlanComparison::quoted);
    value(where, "owners", stored.owners(), document.owners(), o -> String.join(", ", o));
    int before = differences.size();
    int touchingBefore = touching.size();
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
      value(where, "status", stored.status(), document.status(), Object::toString);
      value(
          where,
          "target",
          stored.target(),
          document.target(),
          t -> t.map(Object::toString).orElse("none"));
    } else {
      differ(where, "status", stored.status(), document.status(), Object::toString);
      differ(
          where,
          "target",
          stored.target(),
          document.target(),
          t -> t.map(Object::toString).orElse("none"));
    }
    if (storeAhead && documentAhead && touching.size() == touchingBefore) {
      touching.add(where + ": the store and the document each carry it further");
    }
    if (differences.size() == before) {
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
    differences.add(difference);
    if (isAhead(stored, document)) {
      storeHasMore = true;
      keptFromStore.add(where + " " + field);
      return stored;
    }
    if (isAhead(document, stored)) {
      takenFromDocument.add(where + " " + field);
      return document;
    }
    storeHasMore = true;
    touching.add(difference);
    return stored;
  }

  /** Whether {@code longer} starts with all of {@code shorter} and goes further. */
  private static <T> boolean isAhead(List<T> longer, List<T> shorter) {
    return longer.size() > shorter.size() && longer.subList(0, shorter.size()).equals(shorter);
  }

  /** A value outside a history: a difference touches. */
  private <T> void value(
      String where, String field, T stored, T document, Function<T, String> shown) {
    if (!Objects.equals(stored, document)) {
      String difference = differenceOf(where, field, stored, document, shown);
      differences.add(difference);
      touching.add(difference);
    }
  }

  /** A value that follows a history: a difference is shown, and goes with its history. */
  private <T> void differ(
      String where, String field, T stored, T document, Function<T, String> shown) {
    if (!Objects.equals(stored, document)) {
      differences.add(differenceOf(where, field, stored, document, shown));
    }
  }

  private static <T> String differenceOf(
      String where, String field, T stored, T document, Function<T, String> shown) {
    return where
        + " "
        + field
        + ": stored "
        + shown.apply(stored)
        + ", document "
        + shown.apply(document);
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
    String shortened = text.length() > 60 ? text.substring(0, 59) + "…" : text;
    return "\"" + shortened + "\"";
  }
}
