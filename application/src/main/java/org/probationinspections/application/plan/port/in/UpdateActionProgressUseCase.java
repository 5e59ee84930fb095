package org.probationinspections.application.plan.port.in;

import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * Reports an action's progress. {@code expectedVersion}, when given, is the plan's version the
 * person saw: a later change by someone else makes the update a conflict instead of a silent
 * overwrite.
 */
public interface UpdateActionProgressUseCase {

  void update(Command command);

  record Command(
      ActionPlanId plan,
      ActionRef action,
      ActionStatus status,
      String note,
      String by,
      java.util.OptionalLong expectedVersion) {
    public Command {
      Require.present("plan", plan);
      Require.present("action", action);
      Require.present("status", status);
      note = Require.optionalText(note);
      by = Require.text("by", by);
      Require.present("expectedVersion", expectedVersion);
    }
  }
}
