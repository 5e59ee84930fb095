package org.probationinspections.domain.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.RegionId;

/**
 * A user account: a login name, a role (a provider with its regions), the password's hash (never
 * the password), whether it may still sign in, and the count of failed sign-ins that locks it for a
 * while.
 */
public final class User {

  /** Failed sign-ins in a row that lock the account. */
  public static final int MAX_FAILED_LOGINS = 5;

  /** How long a locked account stays locked. */
  public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{2,64}");

  private final UserId id;
  private final String username;
  private Role role;
  private Set<RegionId> regions;
  private String passwordHash;
  private boolean enabled;
  private int failedLogins;
  private Optional<Instant> lockedUntil;
  private final long version;

  private User(
      UserId id,
      String username,
      Role role,
      Set<RegionId> regions,
      String passwordHash,
      boolean enabled,
      int failedLogins,
      Optional<Instant> lockedUntil,
      long version) {
    this.id = Require.present("id", id);
    this.username = validUsername(username);
    assign(role, regions);
    this.passwordHash = Require.text("passwordHash", passwordHash);
    this.enabled = enabled;
    this.failedLogins = failedLogins;
    this.lockedUntil = Require.present("lockedUntil", lockedUntil);
    this.version = version;
  }

  public static User create(
      UserId id, String username, Role role, Set<RegionId> regions, String passwordHash) {
    return new User(id, username, role, regions, passwordHash, true, 0, Optional.empty(), 0);
  }

  public static User restore(
      UserId id,
      String username,
      Role role,
      Set<RegionId> regions,
      String passwordHash,
      boolean enabled,
      int failedLogins,
      Optional<Instant> lockedUntil,
      long version) {
    return new User(
        id, username, role, regions, passwordHash, enabled, failedLogins, lockedUntil, version);
  }

  public static String validUsername(String username) {
    String name = Require.text("username", username);
    if (!USERNAME.matcher(name).matches()) {
      throw new InvalidValueException(
          "username", "use 2 to 64 letters, digits and . _ @ - only, was '" + name + "'");
    }
    return name;
  }

  private void assign(Role newRole, Set<RegionId> newRegions) {
    Require.present("role", newRole);
    Require.present("regions", newRegions);
    if (newRole.isRegionScoped() && newRegions.isEmpty()) {
      throw new InvalidValueException("regions", "a provider needs one or more regions");
    }
    if (!newRole.isRegionScoped() && !newRegions.isEmpty()) {
      throw new InvalidValueException("regions", "only a provider is scoped to regions");
    }
    this.role = newRole;
    this.regions = Set.copyOf(newRegions);
  }

  /** Who this user acts as once signed in. */
  public Actor actor() {
    return Actor.user(username, role, regions);
  }

  public void changeRole(Role newRole, Set<RegionId> newRegions) {
    assign(newRole, newRegions);
  }

  /** A new password also lifts a lock and forgets failed sign-ins. */
  public void changePassword(String newHash) {
    this.passwordHash = Require.text("passwordHash", newHash);
    this.failedLogins = 0;
    this.lockedUntil = Optional.empty();
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  public boolean isLocked(Instant now) {
    return lockedUntil.map(now::isBefore).orElse(false);
  }

  /** A sign-in is considered only when the account is enabled and not locked. */
  public boolean maySignIn(Instant now) {
    return enabled && !isLocked(now);
  }

  /** Counts a failed sign-in; the {@value #MAX_FAILED_LOGINS}th in a row locks the account. */
  public void loginFailed(Instant now) {
    failedLogins++;
    if (failedLogins >= MAX_FAILED_LOGINS) {
      lockedUntil = Optional.of(now.plus(LOCK_DURATION));
      failedLogins = 0;
    }
  }

  /** This account as it stands, at another stored version. */
  public User atVersion(long version) {
    return restore(
        id, username, role, regions, passwordHash, enabled, failedLogins, lockedUntil, version);
  }

  public void loginSucceeded() {
    failedLogins = 0;
    lockedUntil = Optional.empty();
  }

  public UserId id() {
    return id;
  }

  public String username() {
    return username;
  }

  public Role role() {
    return role;
  }

  public Set<RegionId> regions() {
    return regions;
  }

  public String passwordHash() {
    return passwordHash;
  }

  public boolean enabled() {
    return enabled;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Optional<Instant> lockedUntil() {
    return lockedUntil;
  }

  public long version() {
    return version;
  }
}
