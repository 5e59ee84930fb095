package org.probationinspections.application.plan.port.in;

import java.time.YearMonth;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;

/** Moves an action's target month, giving the reason; the original target is kept. */
public interface RetargetActionUseCase {

  void retarget(Command command);

  record Command(ActionPlanId plan, ActionRef action, YearMonth target, String reason, String by) {
    public Command {
      Require.present("plan", plan);
      Require.present("action", action);
      Require.present("target", target);
      reason = Require.text("reason", reason);
      by = Require.text("by", by);
    }
  }
}
