package org.probationinspections.application.plan.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.domain.common.Require;

/**
 * The regional letters that no action plan answers yet, oldest first, with the day a plan is due
 * by, read from the store a page at a time; the cursor names the last letter of the previous page.
 */
public interface ListLettersAwaitingPlanUseCase {

  CursorPage<LetterAwaitingPlanView> page(Query query);

  /** {@code asOf} (the day the days past due are counted to) defaults to today. */
  record Query(Optional<LocalDate> asOf, CursorPage.Request page) {
    public Query {
      Require.present("asOf", asOf);
      Require.present("page", page);
    }
  }
}
