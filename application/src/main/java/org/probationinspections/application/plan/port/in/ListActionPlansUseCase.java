package org.probationinspections.application.plan.port.in;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.ActionPlanOverview;
import org.probationinspections.application.port.in.CursorPage;

/** The action plans of one region, or all of them, newest first. */
public interface ListActionPlansUseCase {

  List<ActionPlanOverview> list(Optional<String> region);

  /**
   * One page of the same list, newest first and then by plan id, read from the store a page at a
   * time; the cursor names the last plan of the previous page.
   */
  CursorPage<ActionPlanOverview> page(Optional<String> region, CursorPage.Request page);
}
