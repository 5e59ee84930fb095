package org.probationinspections.application.inspection;

import org.probationinspections.application.inspection.port.in.JudgeStandardUseCase;
import org.probationinspections.domain.framework.Rating;

/** Records a judgement, or that a standard was not rated. */
record JudgeStandardService(InspectionEditor editor) implements JudgeStandardUseCase {

  @Override
  public void judge(Command command) {
    editor.edit(
        command.inspection(),
        (inspection, framework) -> {
          if (command.rating() == Rating.NOT_RATED) {
            inspection.markNotRated(framework, command.standard());
          } else {
            inspection.judge(framework, command.standard(), command.rating());
          }
          return command.rating();
        });
  }
}
