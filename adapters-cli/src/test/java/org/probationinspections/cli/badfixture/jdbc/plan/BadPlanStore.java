package org.probationinspections.cli.badfixture.jdbc.plan;

import org.probationinspections.cli.badfixture.jdbc.review.BadReviewStore;

/** A plan store that reads a letter through the review feature's store, past the wall. */
public final class BadPlanStore {

  public String answered() {
    return new BadReviewStore().letter();
  }
}
