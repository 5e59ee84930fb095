package org.probationinspections.application.plan;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.plan.port.in.ExportActionPlansUseCase;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.shared.ActionPlanDocuments;

/** Every action plan, or a region's, in the interchange shape. */
record ExportActionPlansService(PlanViews views) implements ExportActionPlansUseCase {

  @Override
  public List<ActionPlanDocument> export(Optional<String> region) {
    return views.all(region, ActionPlanDocuments::document);
  }
}
