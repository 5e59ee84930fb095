package org.probationinspections.application.plan.port.in;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;

/** Adds an action with its owners and target to an item of an action plan. */
public interface AddActionUseCase {

  ActionRef add(Command command);

  record Command(
      ActionPlanId plan,
      int item,
      String text,
      List<String> owners,
      Optional<YearMonth> target,
      ActionStatus status) {
    public Command {
      Require.present("plan", plan);
      Require.positive("item", item);
      text = Require.text("text", text);
      Require.notEmpty("owners", owners);
      owners = Require.entries("owners", Require.present("owners", owners));
      Require.present("target", target);
      Require.present("status", status);
    }
  }
}
