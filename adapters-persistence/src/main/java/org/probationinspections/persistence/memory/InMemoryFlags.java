package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.FlagRepository;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;

/** The flags imports raised, held in memory by id. */
public final class InMemoryFlags extends InMemoryTable<FlagId, Flag> implements FlagRepository {

  private static final Comparator<Flag> ORDER =
      Comparator.comparing(Flag::raisedAt)
          .thenComparing(Flag::file)
          .thenComparingInt(Flag::line)
          .thenComparing(flag -> flag.id().value());

  public InMemoryFlags(InMemoryStore store) {
    super(store, t -> t.flags, ORDER);
  }

  @Override
  public void save(Flag flag) {
    put(flag.id(), flag);
  }

  @Override
  public Optional<Flag> findById(FlagId id) {
    return stored(id);
  }

  @Override
  public List<Flag> findByRecord(FlaggedRecord record) {
    return sorted(flag -> flag.record().equals(record));
  }

  @Override
  public List<Flag> findOpen(int limit) {
    return sorted(Flag::isOpen).stream().limit(Math.max(0, limit)).toList();
  }
}
