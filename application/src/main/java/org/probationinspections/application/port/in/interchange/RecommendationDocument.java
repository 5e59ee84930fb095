package org.probationinspections.application.port.in.interchange;

import org.probationinspections.domain.common.Require;

/** A numbered recommendation in the interchange shape. */
public record RecommendationDocument(int number, AddresseeDocument addressee, String text) {

  /** A recommendation is its words: a document without them is refused by the field. */
  public RecommendationDocument {
    Require.present("text", text);
  }
}
