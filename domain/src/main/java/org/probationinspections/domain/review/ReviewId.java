package org.probationinspections.domain.review;

import java.util.UUID;
import org.probationinspections.domain.common.Require;

/** Identifies a regional review (a regional letter). */
public record ReviewId(String value) {

  public ReviewId {
    value = Require.text("reviewId", value);
  }

  public static ReviewId newId() {
    return new ReviewId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
