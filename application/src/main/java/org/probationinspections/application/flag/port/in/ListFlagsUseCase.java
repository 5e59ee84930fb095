package org.probationinspections.application.flag.port.in;

import java.util.List;
import org.probationinspections.domain.flag.FlaggedRecord;

/** The flags imports raised: the open ones everywhere, or all of one record's. */
public interface ListFlagsUseCase {

  /** The most open flags listed at once. */
  int MOST_OPEN = 500;

  /** Open flags, oldest first, at most {@code limit} (1 to {@link #MOST_OPEN}). */
  List<FlagView> open(int limit);

  /** The flags of one record, open and resolved, in the order they were raised. */
  List<FlagView> of(FlaggedRecord record);
}
