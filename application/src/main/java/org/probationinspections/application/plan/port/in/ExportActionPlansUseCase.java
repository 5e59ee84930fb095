package org.probationinspections.application.plan.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;

/** Every action plan in the interchange shape, filtered by region. */
public interface ExportActionPlansUseCase {

  List<ActionPlanDocument> export(Optional<String> region);
}
