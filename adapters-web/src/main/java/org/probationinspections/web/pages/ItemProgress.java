package org.probationinspections.web.pages;

import java.util.List;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.FollowUpDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;

/**
 * Where a plan item stands, as the task list shows it, from its actions: done when every action is
 * done (or the inspectorate closed the item), overdue when any action is past its target, in
 * progress when any is started or done, else not started.
 */
public enum ItemProgress {
  NOT_STARTED("Not started", "govuk-tag govuk-tag--blue"),
  IN_PROGRESS("In progress", "govuk-tag govuk-tag--light-blue"),
  OVERDUE("Overdue", "govuk-tag govuk-tag--red"),
  /** The design system writes a finished task's status as plain text, not a tag. */
  DONE("Done", null),
  NO_ACTIONS("No actions yet", null);

  private final String label;
  private final String tag;

  ItemProgress(String label, String tag) {
    this.label = label;
    this.tag = tag;
  }

  public String label() {
    return label;
  }

  /** The tag's classes; null when the status is plain text. */
  public String tag() {
    return tag;
  }

  public static ItemProgress of(ItemDocument item) {
    List<FollowUpDocument> followUps = item.followUps();
    if (!followUps.isEmpty() && followUps.get(followUps.size() - 1).closes()) {
      return DONE;
    }
    List<ActionDocument> actions = item.actions();
    if (actions.isEmpty()) {
      return NO_ACTIONS;
    }
    if (actions.stream().anyMatch(a -> a.daysOverdue().isPresent())) {
      return OVERDUE;
    }
    if (actions.stream().allMatch(a -> a.status().isDone())) {
      return DONE;
    }
    if (actions.stream()
        .anyMatch(a -> a.status() != org.probationinspections.domain.plan.ActionStatus.PLANNED)) {
      return IN_PROGRESS;
    }
    return NOT_STARTED;
  }

  /** The item's actions in a few words: how many, and how many are done. */
  public static String hint(ItemDocument item) {
    long done = item.actions().stream().filter(a -> a.status().isDone()).count();
    return item.actions().isEmpty()
        ? "No actions"
        : Labels.count(item.actions().size(), "action", "actions") + ", " + done + " done";
  }
}
