package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.port.out.Clock;

/** Moves an action's target month, keeping the old one and the reason. */
record RetargetActionService(PlanEditor editor, Clock clock) implements RetargetActionUseCase {

  @Override
  public void retarget(Command command) {
    editor.edit(
        command.plan(),
        plan ->
            plan.retarget(
                command.action(),
                command.target(),
                command.reason(),
                editor.author(command.by()),
                clock.today()));
  }
}
