package org.probationinspections.application.account;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.application.shared.Forwarding;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.User;

/**
 * The API tokens this process has verified lately, by the hash of their secret, with the actor each
 * stands for, so that a token seen in the last {@link #EXPIRY} is not looked up again on every
 * request.
 *
 * <p>Any save of a user or a token made through this process empties it: when the save is made, and
 * again when the outermost unit of work around it ends (committed or rolled back). A lookup that
 * began before an emptying is not remembered after it (the generation check), so a request that
 * read the old rows while the change was being committed cannot put them back. Revoking a token,
 * disabling a user, resetting a password or changing a role thus takes effect at the next request.
 * A change made by another process sharing the database (the command line, a second server) is seen
 * when the entry expires, at most {@link #EXPIRY} later. Refusals are never remembered. See ADR 8.
 */
public final class VerifiedTokens {

  static final Duration EXPIRY = Duration.ofSeconds(5);
  static final int CAPACITY = 1_000;

  private record Entry(Actor actor, Instant expires) {}

  private final Clock clock;
  private final Duration expiry;
  private final Map<String, Entry> entries;
  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);
  private final ThreadLocal<boolean[]> changed = ThreadLocal.withInitial(() -> new boolean[1]);
  private long generation;

  public VerifiedTokens(Clock clock) {
    this(clock, EXPIRY, CAPACITY);
  }

  public VerifiedTokens(Clock clock, Duration expiry, int capacity) {
    this.clock = clock;
    this.expiry = expiry;
    this.entries =
        new LinkedHashMap<>(64, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The actor a verified token stands for, while its entry has not expired. */
  synchronized Optional<Actor> find(String secretHash) {
    Entry entry = entries.get(secretHash);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.now().isBefore(entry.expires())) {
      entries.remove(secretHash);
      return Optional.empty();
    }
    return Optional.of(entry.actor());
  }

  /** Taken before reading the store; {@link #remember} ignores what was read before an emptying. */
  synchronized long generation() {
    return generation;
  }

  synchronized void remember(String secretHash, Actor actor, long generationBeforeRead) {
    if (generationBeforeRead == generation) {
      entries.put(secretHash, new Entry(actor, clock.now().plus(expiry)));
    }
  }

  synchronized void forgetAll() {
    generation++;
    entries.clear();
  }

  synchronized int size() {
    return entries.size();
  }

  /** The users' store, emptying the cache at each save. */
  public UserRepository watching(UserRepository users) {
    return new Users(users, this);
  }

  /** The tokens' store, emptying the cache at each save. */
  public ApiTokenRepository watching(ApiTokenRepository tokens) {
    return new Tokens(tokens, this);
  }

  /** The unit of work, emptying the cache when an outermost one that saved an account ends. */
  public UnitOfWork watching(UnitOfWork unitOfWork) {
    return new Transactions(unitOfWork, this);
  }

  private void saving(Runnable save) {
    forgetAll();
    if (depth.get()[0] > 0) {
      changed.get()[0] = true;
    }
    try {
      save.run();
    } finally {
      forgetAll();
    }
  }

  private <T> T inTransaction(UnitOfWork inner, Supplier<T> work) {
    int[] level = depth.get();
    level[0]++;
    try {
      return inner.inTransaction(work);
    } finally {
      if (--level[0] == 0) {
        boolean[] saved = changed.get();
        if (saved[0]) {
          saved[0] = false;
          forgetAll();
        }
      }
    }
  }

  private record Users(UserRepository store, VerifiedTokens cache) implements Forwarding.Users {
    @Override
    public long save(User user) {
      long[] version = new long[1];
      cache.saving(() -> version[0] = store.save(user));
      return version[0];
    }
  }

  private record Tokens(ApiTokenRepository store, VerifiedTokens cache)
      implements Forwarding.Tokens {
    @Override
    public void save(ApiToken token) {
      cache.saving(() -> store.save(token));
    }
  }

  private record Transactions(UnitOfWork inner, VerifiedTokens cache) implements UnitOfWork {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return cache.inTransaction(inner, work);
    }

    /** A read saves no account (the unit of work refuses writes), so the cache stays. */
    @Override
    public <T> T reading(Supplier<T> work) {
      return inner.reading(work);
    }
  }
}
