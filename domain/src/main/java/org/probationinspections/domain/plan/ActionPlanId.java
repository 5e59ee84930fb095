package org.probationinspections.domain.plan;

import java.util.UUID;
import org.probationinspections.domain.common.Require;

/** Identifies an action plan. */
public record ActionPlanId(String value) {

  public ActionPlanId {
    value = Require.text("actionPlanId", value);
  }

  public static ActionPlanId newId() {
    return new ActionPlanId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
