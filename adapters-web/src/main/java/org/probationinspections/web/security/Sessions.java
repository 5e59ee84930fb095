package org.probationinspections.web.security;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions, in memory: the cookie holds only a random id. A session carries its CSRF
 * token and, once signed in, the user's name. Signing in issues a new id (no session fixation);
 * sessions end after {@link #IDLE} without use. A restart signs everyone out.
 */
final class Sessions {

  static final Duration IDLE = Duration.ofHours(8);
  static final int MAX_SESSIONS = 50_000;

  private static final SecureRandom RANDOM = new SecureRandom();

  record Session(String id, String csrf, Optional<String> username, Instant lastSeen) {}

  private final Map<String, Session> byId = new ConcurrentHashMap<>();

  Optional<Session> find(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    if (session == null) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    if (session.lastSeen().plus(IDLE).isBefore(now)) {
      byId.remove(id);
      return Optional.empty();
    }
    Session touched = new Session(session.id(), session.csrf(), session.username(), now);
    byId.put(id, touched);
    return Optional.of(touched);
  }

  Session start(Optional<String> username) {
    if (byId.size() >= MAX_SESSIONS) {
      Instant cutoff = Instant.now().minus(IDLE);
      byId.values().removeIf(s -> s.lastSeen().isBefore(cutoff));
      if (byId.size() >= MAX_SESSIONS) {
        byId.values().stream()
            .filter(s -> s.username().isEmpty())
            .map(Session::id)
            .toList()
            .forEach(byId::remove);
      }
    }
    Session session = new Session(random(), random(), username, Instant.now());
    byId.put(session.id(), session);
    return session;
  }

  void end(String id) {
    if (id != null) {
      byId.remove(id);
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
