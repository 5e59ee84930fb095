package org.probationinspections.application.plan.port.in;

import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.FollowUpJudgement;

/**
 * Records the inspectorate's follow-up judgement of an action-plan item, beside the status the
 * inspected body reports; {@code close} closes the item, which only reasonable or good progress
 * with every action done allows.
 */
public interface JudgeFollowUpUseCase {

  void judge(Command command);

  record Command(
      ActionPlanId plan,
      int item,
      FollowUpJudgement judgement,
      String note,
      boolean close,
      String by) {
    public Command {
      Require.present("plan", plan);
      Require.positive("item", item);
      Require.present("judgement", judgement);
      note = Require.optionalText(note);
      by = Require.text("by", by);
    }
  }
}
