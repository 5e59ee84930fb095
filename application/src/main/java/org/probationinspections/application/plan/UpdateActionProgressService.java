package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.domain.plan.ProgressUpdate;

/** Records a progress report on an action, dated today. */
record UpdateActionProgressService(PlanEditor editor, Clock clock)
    implements UpdateActionProgressUseCase {

  @Override
  public void update(Command command) {
    editor.edit(
        command.plan(),
        command.expectedVersion(),
        plan ->
            plan.reportProgress(
                command.action(),
                new ProgressUpdate(
                    clock.today(), command.status(), command.note(), editor.author(command.by()))));
  }
}
