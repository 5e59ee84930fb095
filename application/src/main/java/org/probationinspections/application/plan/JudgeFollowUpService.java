package org.probationinspections.application.plan;

import org.probationinspections.application.plan.port.in.JudgeFollowUpUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.domain.plan.FollowUp;

/** Records a follow-up judgement, dated today, in the inspectorate's name. */
record JudgeFollowUpService(PlanEditor editor, Clock clock) implements JudgeFollowUpUseCase {

  @Override
  public void judge(Command command) {
    editor.judge(
        command.plan(),
        plan ->
            plan.followUp(
                command.item(),
                new FollowUp(
                    command.judgement(),
                    clock.today(),
                    editor.author(command.by()),
                    command.note(),
                    command.close())));
  }
}
