package org.probationinspections.domain.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * One action of an action-plan item: what will be done, who owns it, and by when (a target month,
 * or already completed). Its progress history and every revision of its target are kept.
 */
public record Action(
    String text,
    List<String> owners,
    Optional<YearMonth> target,
    ActionStatus status,
    List<ProgressUpdate> progress,
    List<TargetRevision> revisions) {

  public Action {
    text = Require.text("action.text", text);
    Require.notEmpty("action.owners", owners);
    owners = owners.stream().map(owner -> Require.text("action.owners", owner)).toList();
    Require.present("action.target", target);
    target.ifPresent(month -> Require.sensibleMonth("action.target", month));
    Require.present("action.status", status);
    if (target.isEmpty() && !status.isDone()) {
      throw new InvalidValueException(
          "action.target", "an action needs a target month unless it is completed");
    }
    progress = List.copyOf(Require.present("action.progress", progress));
    revisions = List.copyOf(Require.present("action.revisions", revisions));
  }

  /** A new action with no history. */
  public static Action planned(
      String text, List<String> owners, Optional<YearMonth> target, ActionStatus status) {
    return new Action(text, owners, target, status, List.of(), List.of());
  }

  /** A target month means the end of that month. */
  public boolean isOverdue(LocalDate asOf) {
    return !status.isDone() && target.isPresent() && asOf.isAfter(target.get().atEndOfMonth());
  }

  public long daysOverdue(LocalDate asOf) {
    return isOverdue(asOf) ? ChronoUnit.DAYS.between(target.get().atEndOfMonth(), asOf) : 0;
  }

  /** The target as first set, before any revision. */
  public Optional<YearMonth> originalTarget() {
    return revisions.isEmpty() ? target : revisions.get(0).from();
  }

  Action withProgress(ProgressUpdate update) {
    List<ProgressUpdate> history = new ArrayList<>(progress);
    history.add(update);
    return new Action(text, owners, target, update.status(), history, revisions);
  }

  Action withTarget(TargetRevision revision) {
    if (target.equals(Optional.of(revision.to()))) {
      throw new InvalidValueException("target", "the action's target is already " + revision.to());
    }
    List<TargetRevision> history = new ArrayList<>(revisions);
    history.add(revision);
    return new Action(text, owners, Optional.of(revision.to()), status, progress, history);
  }
}
