package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionRef;

/** Adds an action to an item. */
public final class AddActionService implements AddActionUseCase {

  private final PlanEditor editor;

  AddActionService(PlanEditor editor) {
    this.editor = editor;
  }

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
