package org.probationinspections.application.plan.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.domain.common.Require;

/** Actions past the end of their target month and not completed, most overdue first. */
public interface ListOverdueActionsUseCase {

  List<OverdueActionView> list(Query query);

  /**
   * One page of the same list, most overdue first (then by plan, item and action), read from the
   * store a page at a time; the cursor names the last action of the previous page.
   */
  CursorPage<OverdueActionView> page(PageQuery query);

  /** {@code asOf} defaults to today. */
  record PageQuery(Optional<LocalDate> asOf, Optional<String> region, CursorPage.Request page) {
    public PageQuery {
      Require.present("asOf", asOf);
      Require.present("region", region);
      Require.present("page", page);
    }
  }

  /** {@code asOf} defaults to today; {@code limit} keeps the most overdue few. */
  record Query(Optional<LocalDate> asOf, Optional<String> region, int limit) {
    public Query {
      Require.present("asOf", asOf);
      Require.present("region", region);
      Require.positive("limit", limit);
    }

    /** Every overdue action. */
    public Query(Optional<LocalDate> asOf, Optional<String> region) {
      this(asOf, region, Integer.MAX_VALUE);
    }
  }
}
