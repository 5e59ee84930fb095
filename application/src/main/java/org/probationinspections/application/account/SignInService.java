package org.probationinspections.application.account;

import java.time.Instant;
import java.util.Optional;
import org.probationinspections.application.account.port.in.SignInUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.PasswordHasher;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.domain.account.User;

/**
 * Signs a user in. An unknown name costs a hash check too, so timing does not tell names apart; a
 * failure is counted on the account and the fifth in a row locks it for a quarter of an hour. A
 * locked account is refused with the same sentence as any other failure, after a hash check too, so
 * that a lock does not tell names apart either; administrators see the lock in the user list.
 */
public final class SignInService implements SignInUseCase {

  static final String REFUSED = "The name or the password is wrong, or the account is disabled.";

  private final UserRepository users;
  private final PasswordHasher passwords;
  private final UnitOfWork unitOfWork;
  private final Clock clock;
  private final String decoyHash;

  SignInService(
      UserRepository users, PasswordHasher passwords, UnitOfWork unitOfWork, Clock clock) {
    this.users = users;
    this.passwords = passwords;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
    this.decoyHash = passwords.decoyHash();
  }

  @Override
  public Outcome signIn(String username, String password) {
    String given = password == null ? "" : password;
    if (username == null || username.isBlank() || given.length() > Secrets.MAX_PASSWORD) {
      return Outcome.refused(REFUSED);
    }
    return unitOfWork.inTransaction(
        () -> {
          Optional<User> found = users.findByUsername(username.strip());
          if (found.isEmpty()) {
            passwords.verify(given, decoyHash);
            return Outcome.refused(REFUSED);
          }
          User user = found.get();
          Instant now = clock.now();
          if (user.isLocked(now)) {
            // The same check, answer and time as any other failure: a locked account must not
            // tell that the name exists. The hash is checked, and its answer ignored.
            passwords.verify(given, user.passwordHash());
            return Outcome.refused(REFUSED);
          }
          boolean matches = passwords.verify(given, user.passwordHash());
          if (!matches || !user.enabled()) {
            if (user.enabled()) {
              user.loginFailed(now);
              users.save(user);
            }
            return Outcome.refused(REFUSED);
          }
          if (user.failedLogins() > 0) {
            user.loginSucceeded();
            users.save(user);
          }
          return Outcome.signedIn(user.actor());
        });
  }
}
