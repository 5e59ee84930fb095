package org.probationinspections.application.inspection.port.in;

import java.util.List;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;

/** Records a standard's key-question table; returns the rating the framework computes. */
public interface RecordKeyQuestionResultsUseCase {

  Rating record(Command command);

  record Command(InspectionId inspection, String standard, List<KeyQuestionResult> results) {
    public Command {
      Require.present("inspection", inspection);
      standard = Require.text("standard", standard);
      Require.notEmpty("results", results);
      results = Require.entries("results", Require.present("results", results));
    }
  }
}
