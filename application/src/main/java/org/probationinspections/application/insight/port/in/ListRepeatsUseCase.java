package org.probationinspections.application.insight.port.in;

import org.probationinspections.domain.inspection.InspectionId;

/** Compares an inspection with the PDU's earlier ones: ratings before and after, repeats. */
public interface ListRepeatsUseCase {

  RepeatsView repeats(InspectionId inspection);
}
