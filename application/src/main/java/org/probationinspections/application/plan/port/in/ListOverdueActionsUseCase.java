package org.probationinspections.application.plan.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;

/** Actions past the end of their target month and not completed, most overdue first. */
public interface ListOverdueActionsUseCase {

  List<OverdueActionView> list(Query query);

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
