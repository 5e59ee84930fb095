package org.probationinspections.application.plan.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.plan.ActionStatus;

/**
 * The actions of the action plans of the regions the person acting answers for (a provider's
 * regions; nobody else answers for a region, so the list is empty for them): the open actions due
 * this month or overdue, earliest target first, a page at a time, and the items whose actions are
 * all done that await the inspectorate's judgement.
 */
public interface ListMyActionsUseCase {

  MyActionsView page(Query query);

  /**
   * {@code asOf} defaults to today; {@code owner} keeps the actions that name that owner; {@code
   * status} keeps the actions with that status, which must be one of an action not yet done.
   */
  record Query(
      Optional<LocalDate> asOf,
      Optional<String> owner,
      Optional<ActionStatus> status,
      CursorPage.Request page) {
    public Query {
      Require.present("asOf", asOf);
      Require.present("owner", owner);
      Require.present("status", status);
      Require.present("page", page);
      owner = owner.map(String::strip).filter(text -> !text.isEmpty());
      if (status.filter(ActionStatus::isDone).isPresent()) {
        throw new InvalidValueException(
            "status", "choose the status of an action not yet done: planned or in progress");
      }
    }
  }
}
