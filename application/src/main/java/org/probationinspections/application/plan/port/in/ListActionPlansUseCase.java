package org.probationinspections.application.plan.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.ActionPlanOverview;

/** The action plans of one region, or all of them, newest first. */
public interface ListActionPlansUseCase {

  List<ActionPlanOverview> list(Optional<String> region);
}
