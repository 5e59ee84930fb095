package org.probationinspections.domain.plan;

import org.probationinspections.domain.common.Require;

/** Points at one action of a plan: the item's number and the action's position (from 1). */
public record ActionRef(int itemNumber, int actionNumber) {

  public ActionRef {
    Require.positive("itemNumber", itemNumber);
    Require.positive("actionNumber", actionNumber);
  }
}
