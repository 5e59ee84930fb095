package org.probationinspections.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Browser sessions, kept where every server of a deployment finds them (the database), so that a
 * person signed in on one server is signed in on all. A session is known by the hash of its id: the
 * id itself lives only in the browser's cookie.
 */
public interface SessionRepository {

  /** One session: its CSRF token, who signed in (if anyone yet), when it was last used. */
  record StoredSession(String idHash, String csrf, Optional<String> username, Instant lastSeen) {}

  Optional<StoredSession> find(String idHash);

  /** Stores a new session. */
  void add(StoredSession session);

  /** Records that the session was used at {@code lastSeen}. */
  void touch(String idHash, Instant lastSeen);

  void remove(String idHash);

  /** Removes every session last used before {@code cutoff}; returns how many. */
  int removeUnusedSince(Instant cutoff);
}
