package org.probationinspections.application.port.in;

import java.util.List;
import java.util.Optional;

/** The action plans of one region, or all of them, newest first. */
public interface ListActionPlansUseCase {

  List<ActionPlanOverview> list(Optional<String> region);
}
