package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;

/** The flags imports raised on records, open or resolved. */
public interface FlagRepository {

  /** Stores a new flag, or the new state of a stored one (its resolution). */
  void save(Flag flag);

  Optional<Flag> findById(FlagId id);

  /** The flags of one record, open and resolved, in the order they were raised. */
  List<Flag> findByRecord(FlaggedRecord record);

  /** Open flags, oldest first, at most {@code limit}. */
  List<Flag> findOpen(int limit);
}
