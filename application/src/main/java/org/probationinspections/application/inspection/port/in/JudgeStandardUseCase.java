package org.probationinspections.application.inspection.port.in;

import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * Records the inspectors' judgement of a standard rated by judgement; a judgement that a decision
 * rule forbids is refused, naming the rule. NOT_RATED records that the standard was not rated.
 */
public interface JudgeStandardUseCase {

  void judge(Command command);

  record Command(InspectionId inspection, String standard, Rating rating) {
    public Command {
      Require.present("inspection", inspection);
      standard = Require.text("standard", standard);
      Require.present("rating", rating);
    }
  }
}
