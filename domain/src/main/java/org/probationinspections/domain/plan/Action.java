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

  /**
   * The target in force at the end of {@code day}: the latest revision made by then, or the target
   * as first set when none was.
   */
  public Optional<YearMonth> targetOn(LocalDate day) {
    Optional<YearMonth> then = originalTarget();
    for (TargetRevision revision : revisions) {
      if (!revision.on().isAfter(day)) {
        then = Optional.of(revision.to());
      }
    }
    return then;
  }

  /**
   * The day the action became done for good: the first report of its final run of done reports.
   * Empty when it is not done, or is done without a dated report.
   */
  public Optional<LocalDate> doneOn() {
    if (!status.isDone()) {
      return Optional.empty();
    }
    Optional<LocalDate> day = Optional.empty();
    boolean wasDone = false;
    for (ProgressUpdate update : progress) {
      boolean isDone = update.status().isDone();
      if (isDone && !wasDone) {
        day = Optional.of(update.on());
      }
      wasDone = isDone;
    }
    return day;
  }

  /**
   * Whether the action was overdue at the end of {@code day}, as its records tell: the target then
   * in force had passed (a target month means the end of that month) and it was not yet done. An
   * action done without a dated report counts as done throughout; one done and reopened counts as
   * not done before its final run of done reports.
   */
  public boolean wasOverdueOn(LocalDate day) {
    Optional<YearMonth> then = targetOn(day);
    if (then.isEmpty() || !day.isAfter(then.get().atEndOfMonth())) {
      return false;
    }
    return !status.isDone() || doneOn().map(done -> done.isAfter(day)).orElse(false);
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
