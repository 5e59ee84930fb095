package org.probationinspections.persistence.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.probationinspections.application.port.out.SessionRepository;

/** Browser sessions held in memory: one process's, gone when it stops. */
public final class InMemorySessions implements SessionRepository {

  private final Map<String, StoredSession> byHash = new ConcurrentHashMap<>();

  @Override
  public Optional<StoredSession> find(String idHash) {
    return Optional.ofNullable(byHash.get(idHash));
  }

  @Override
  public void add(StoredSession session) {
    byHash.put(session.idHash(), session);
  }

  @Override
  public void touch(String idHash, Instant lastSeen) {
    byHash.computeIfPresent(
        idHash, (id, s) -> new StoredSession(id, s.csrf(), s.username(), lastSeen));
  }

  @Override
  public void remove(String idHash) {
    byHash.remove(idHash);
  }

  @Override
  public int removeUnusedSince(Instant cutoff) {
    int before = byHash.size();
    byHash.values().removeIf(s -> s.lastSeen().isBefore(cutoff));
    return before - byHash.size();
  }
}
