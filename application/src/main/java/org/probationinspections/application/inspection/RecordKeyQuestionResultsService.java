package org.probationinspections.application.inspection;

import org.probationinspections.application.inspection.port.in.RecordKeyQuestionResultsUseCase;
import org.probationinspections.domain.framework.Rating;

/** Records a key-question table and returns the standard's computed rating. */
record RecordKeyQuestionResultsService(InspectionEditor editor)
    implements RecordKeyQuestionResultsUseCase {

  @Override
  public Rating record(Command command) {
    return editor.edit(
        command.inspection(),
        (inspection, framework) -> {
          inspection.recordKeyQuestions(framework, command.standard(), command.results());
          return inspection.result(command.standard()).orElseThrow().rating();
        });
  }
}
