package org.probationinspections.domain.inspection;

import org.probationinspections.domain.common.Require;

/** A numbered recommendation of an inspection; numbers run 1..n across all addressees. */
public record Recommendation(int number, Addressee addressee, String text) {

  public Recommendation {
    Require.positive("recommendation.number", number);
    Require.present("recommendation.addressee", addressee);
    text = Require.text("recommendation.text", text);
  }
}
