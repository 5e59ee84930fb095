package org.probationinspections.cli.badfixture.jdbc.review;

/** A feature's store that another feature's store reaches into: the walls rule must refuse it. */
public final class BadReviewStore {

  public String letter() {
    return "a letter";
  }
}
