package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionRef;

/** Adds an action to an item. */
record AddActionService(PlanEditor editor) implements AddActionUseCase {

  @Override
  public ActionRef add(Command command) {
    return editor.edit(
        command.plan(),
        plan ->
            plan.addAction(
                command.item(),
                Action.planned(
                    command.text(), command.owners(), command.target(), command.status())));
  }
}
