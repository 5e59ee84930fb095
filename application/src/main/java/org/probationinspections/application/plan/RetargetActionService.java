package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.RetargetActionUseCase;
import org.probationinspections.application.port.out.Clock;

/** Moves an action's target month, keeping the old one and the reason. */
public final class RetargetActionService implements RetargetActionUseCase {

  private final PlanEditor editor;
  private final Clock clock;

  RetargetActionService(PlanEditor editor, Clock clock) {
    this.editor = editor;
    this.clock = clock;
  }

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
