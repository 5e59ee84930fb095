package org.probationinspections.web.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.probationinspections.application.port.out.SessionRepository;
import org.probationinspections.application.port.out.SessionRepository.StoredSession;

/**
 * Server-side sessions, kept in the session store (the database), so that every server of a
 * deployment knows them: the cookie holds only a random id, and the store only the id's SHA-256
 * hash. A session carries its CSRF token and, once signed in, the user's name. Signing in issues a
 * new id (no session fixation); sessions end after {@link #IDLE} without use.
 */
final class Sessions {

  static final Duration IDLE = Duration.ofHours(8);

  /** A session's use is written down at most this often: every request reads it, few write. */
  static final Duration NOTED_EVERY = Duration.ofMinutes(1);

  /** Every this many new sessions, those unused for {@link #IDLE} are removed. */
  private static final long SWEEP_EVERY = 200;

  private static final SecureRandom RANDOM = new SecureRandom();

  record Session(String id, String csrf, Optional<String> username, Instant lastSeen) {}

  private final SessionRepository store;
  private final AtomicLong started = new AtomicLong();

  Sessions(SessionRepository store) {
    this.store = store;
  }

  Optional<Session> find(String id) {
    if (id == null || id.isBlank() || id.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(id);
    Optional<StoredSession> stored = store.find(hash);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Instant now = now();
    StoredSession session = stored.get();
    if (session.lastSeen().plus(IDLE).isBefore(now)) {
      store.remove(hash);
      return Optional.empty();
    }
    if (session.lastSeen().plus(NOTED_EVERY).isBefore(now)) {
      store.touch(hash, now);
    }
    return Optional.of(new Session(id, session.csrf(), session.username(), now));
  }

  Session start(Optional<String> username) {
    Instant now = now();
    if (started.incrementAndGet() % SWEEP_EVERY == 0) {
      store.removeUnusedSince(now.minus(IDLE));
    }
    Session session = new Session(random(), random(), username, now);
    store.add(new StoredSession(hash(session.id()), session.csrf(), username, now));
    return session;
  }

  void end(String id) {
    if (id != null && !id.isBlank() && id.length() <= 100) {
      store.remove(hash(id));
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  static String hash(String id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
