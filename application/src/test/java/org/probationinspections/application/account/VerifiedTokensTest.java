package org.probationinspections.application.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;

/**
 * The cache of verified API tokens: a token is read from the store once, and every change to an
 * account saved through this process is seen by the next lookup; a change the process did not make
 * is seen when the entry expires.
 */
class VerifiedTokensTest {

  private final MovableClock clock = new MovableClock();
  private final CountingStores stores = new CountingStores();
  private final VerifiedTokens verified = new VerifiedTokens(clock);
  private final UserRepository users = verified.watching((UserRepository) stores);
  private final ApiTokenRepository tokens = verified.watching((ApiTokenRepository) stores);
  private final UnitOfWork unitOfWork = verified.watching(new DirectUnitOfWork());
  private final IdentifyService identify = new IdentifyService(users, tokens, verified);

  private final User reader =
      User.create(UserId.newId(), "rita", Role.READER, Set.of(), "$argon2id$not-checked-here");
  private final String secret = Secrets.tokenSecret();
  private final ApiToken token =
      new ApiToken(
          "token-1",
          reader.id(),
          "laptop",
          Secrets.tokenHash(secret),
          clock.now(),
          Optional.empty());

  VerifiedTokensTest() {
    stores.users.put(reader.id(), reader);
    stores.tokens.put(token.id(), token);
  }

  @Test
  void aVerifiedToken_isNotReadAgain_untilItsEntryExpires() {
    assertEquals(Optional.of(reader.actor()), identify.byApiToken(secret));
    assertEquals(Optional.of(reader.actor()), identify.byApiToken(secret));
    assertEquals(1, stores.tokenReads);

    clock.advance(VerifiedTokens.EXPIRY);
    assertEquals(Optional.of(reader.actor()), identify.byApiToken(secret));
    assertEquals(2, stores.tokenReads);
  }

  @Test
  void aTokenRevokedBehindTheProcess_isRefusedWhenItsEntryExpires() {
    identify.byApiToken(secret);
    stores.tokens.put(token.id(), token.revoke(clock.now()));

    assertEquals(Optional.of(reader.actor()), identify.byApiToken(secret), "still remembered");
    clock.advance(VerifiedTokens.EXPIRY.minusSeconds(1));
    assertEquals(Optional.of(reader.actor()), identify.byApiToken(secret), "still remembered");
    clock.advance(Duration.ofSeconds(1));
    assertEquals(Optional.empty(), identify.byApiToken(secret));
  }

  @Test
  void revokingAVerifiedToken_isSeenByTheNextLookup() {
    identify.byApiToken(secret);
    unitOfWork.inTransaction(
        () -> {
          tokens.save(token.revoke(clock.now()));
          return null;
        });
    assertEquals(Optional.empty(), identify.byApiToken(secret));
  }

  @Test
  void disablingTheUser_isSeenByTheNextLookup() {
    identify.byApiToken(secret);
    User disabled = copy(reader);
    disabled.disable();
    users.save(disabled);
    assertEquals(Optional.empty(), identify.byApiToken(secret));
  }

  @Test
  void aRoleChange_isSeenByTheNextLookup() {
    identify.byApiToken(secret);
    User inspector = copy(reader);
    inspector.changeRole(Role.INSPECTOR, Set.of());
    users.save(inspector);
    assertEquals(Role.INSPECTOR, identify.byApiToken(secret).orElseThrow().role());
  }

  @Test
  void aPasswordReset_emptiesTheCache() {
    identify.byApiToken(secret);
    assertEquals(1, verified.size());
    User reset = copy(reader);
    reset.changePassword("$argon2id$another");
    users.save(reset);
    assertEquals(0, verified.size());
  }

  @Test
  void aLookupThatReadTheOldRowsDuringAChange_isNotRememberedAfterTheCommit() {
    // A request reads the token while another thread's unit of work is saving the revocation and
    // has not committed yet; it must not put the old answer back once the change is committed.
    unitOfWork.inTransaction(
        () -> {
          tokens.save(token.revoke(clock.now()));
          long before = verified.generation();
          verified.remember(token.secretHash(), reader.actor(), before); // the concurrent reader
          return null;
        });
    stores.tokens.put(token.id(), token.revoke(clock.now())); // what the commit made visible
    assertEquals(Optional.empty(), identify.byApiToken(secret));

    long readBeforeTheChange = verified.generation();
    users.save(copy(reader));
    verified.remember(token.secretHash(), reader.actor(), readBeforeTheChange);
    assertEquals(0, verified.size(), "a lookup begun before the change is not remembered");
  }

  @Test
  void refusals_areNeverRemembered() {
    assertEquals(Optional.empty(), identify.byApiToken(Secrets.tokenSecret()));
    assertEquals(Optional.empty(), identify.byApiToken("not-a-token"));
    assertEquals(0, verified.size());
  }

  @Test
  void theCache_keepsAtMostItsCapacity_theLeastRecentlyUsedGoesFirst() {
    VerifiedTokens small = new VerifiedTokens(clock, VerifiedTokens.EXPIRY, 2);
    Actor actor = reader.actor();
    small.remember("a", actor, small.generation());
    small.remember("b", actor, small.generation());
    small.find("a");
    small.remember("c", actor, small.generation());
    assertEquals(2, small.size());
    assertTrue(small.find("a").isPresent());
    assertTrue(small.find("b").isEmpty());
    assertTrue(small.find("c").isPresent());
  }

  private static User copy(User user) {
    return User.restore(
        user.id(),
        user.username(),
        user.role(),
        user.regions(),
        user.passwordHash(),
        user.enabled(),
        user.failedLogins(),
        user.lockedUntil(),
        user.version());
  }

  private static final class MovableClock implements Clock {
    private Instant now = LocalDate.of(2024, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC);

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant now() {
      return now;
    }

    @Override
    public LocalDate today() {
      return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public Instant startOf(LocalDate day) {
      return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
  }

  private static final class DirectUnitOfWork implements UnitOfWork {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
      return work.get();
    }

    @Override
    public <T> T reading(Supplier<T> work) {
      return work.get();
    }
  }

  /** Users and tokens in maps, counting the token lookups. */
  private static final class CountingStores implements UserRepository, ApiTokenRepository {
    final Map<UserId, User> users = new HashMap<>();
    final Map<String, ApiToken> tokens = new HashMap<>();
    int tokenReads;

    @Override
    public Optional<User> findById(UserId id) {
      return Optional.ofNullable(users.get(id));
    }

    @Override
    public Optional<User> findByUsername(String username) {
      return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }

    @Override
    public List<User> findAll() {
      return new ArrayList<>(users.values());
    }

    @Override
    public long save(User user) {
      users.put(user.id(), user);
      return user.version() + 1;
    }

    @Override
    public Optional<ApiToken> findById(String id) {
      return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
      tokenReads++;
      return tokens.values().stream().filter(t -> t.secretHash().equals(secretHash)).findFirst();
    }

    @Override
    public List<ApiToken> findByUser(UserId user) {
      return tokens.values().stream().filter(t -> t.user().equals(user)).toList();
    }

    @Override
    public void save(ApiToken token) {
      tokens.put(token.id(), token);
    }
  }
}
