package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.SessionRepository;
import org.probationinspections.application.port.out.SessionRepository.StoredSession;

/** What every adapter promises for browser sessions. */
abstract class SessionRepositoryContract {

  private static final Instant AT = Instant.parse("2024-03-15T10:15:30Z");

  protected Store store;
  private SessionRepository sessions;

  protected abstract Store openStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
    sessions = store.sessions();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aSession_isFoundByItsHash_withItsTokenAndUser_andNotByAnother() {
    sessions.add(new StoredSession("hash-a", "csrf-a", Optional.of("alice"), AT));
    sessions.add(new StoredSession("hash-b", "csrf-b", Optional.empty(), AT));
    assertEquals(
        Optional.of(new StoredSession("hash-a", "csrf-a", Optional.of("alice"), AT)),
        sessions.find("hash-a"));
    assertEquals(Optional.empty(), sessions.find("hash-b").orElseThrow().username());
    assertTrue(sessions.find("hash-c").isEmpty());
  }

  @Test
  void touching_movesItsLastUse_andRemovingEndsIt() {
    sessions.add(new StoredSession("hash-a", "csrf-a", Optional.of("alice"), AT));
    sessions.touch("hash-a", AT.plusSeconds(90));
    assertEquals(AT.plusSeconds(90), sessions.find("hash-a").orElseThrow().lastSeen());
    sessions.remove("hash-a");
    assertTrue(sessions.find("hash-a").isEmpty());
  }

  @Test
  void sessionsUnusedSinceACutoff_areRemoved_andTheOthersKept() {
    sessions.add(new StoredSession("old", "c1", Optional.empty(), AT));
    sessions.add(new StoredSession("new", "c2", Optional.of("bob"), AT.plusSeconds(3600)));
    assertEquals(1, sessions.removeUnusedSince(AT.plusSeconds(60)));
    assertTrue(sessions.find("old").isEmpty());
    assertTrue(sessions.find("new").isPresent());
  }
}
