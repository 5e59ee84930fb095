package org.probationinspections.application.importing.port.in;

import org.probationinspections.application.port.in.interchange.InspectionDocument;

/**
 * Stores an inspection given in the interchange shape, in one transaction: the PDU (and region) is
 * found by name or alias, or registered; a document for an inspection already stored (same id, or
 * same PDU and fieldwork month) adds what it has to that inspection.
 */
public interface ImportInspectionUseCase {

  ImportOutcome importInspection(InspectionDocument document);
}
