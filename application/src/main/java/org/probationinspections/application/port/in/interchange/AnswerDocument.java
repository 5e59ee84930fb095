package org.probationinspections.application.port.in.interchange;

import java.util.Optional;

/**
 * Which recommendation an item answers: an inspection by id, or a PDU by name (its latest
 * inspection up to the plan), and the recommendation's number there. A document that prints only
 * the recommendation's wording gives {@code recommendationText} instead of the number, and the
 * importer finds the number by the wording.
 */
public record AnswerDocument(
    Optional<String> inspectionId,
    Optional<String> pdu,
    Optional<Integer> recommendationNumber,
    Optional<String> recommendationText) {

  public AnswerDocument {
    inspectionId = Interchange.orEmpty(inspectionId);
    pdu = Interchange.orEmpty(pdu);
    recommendationNumber = Interchange.orEmpty(recommendationNumber);
    recommendationText = Interchange.orEmpty(recommendationText);
  }
}
