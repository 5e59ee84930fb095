package org.probationinspections.application.account;

import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.account.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.account.port.in.DisableUserUseCase;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.account.port.in.IdentifyUseCase;
import org.probationinspections.application.account.port.in.ListUsersUseCase;
import org.probationinspections.application.account.port.in.ResetPasswordUseCase;
import org.probationinspections.application.account.port.in.RevokeApiTokenUseCase;
import org.probationinspections.application.account.port.in.SignInUseCase;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.SecurityPorts;

/**
 * Builds the use cases of accounts() (users, sign-in, API tokens) from the ports. The ports it is
 * given must be watched by {@code verifiedTokens} (see {@link VerifiedTokens#watching}), so that a
 * change to an account forgets the tokens it had verified.
 */
public record AccountServices(Ports ports, SecurityPorts security, VerifiedTokens verifiedTokens) {

  private Accounts accounts() {
    return new Accounts(
        security.users(),
        security.tokens(),
        security.passwords(),
        security.actor(),
        Directory.of(ports));
  }

  public SignInUseCase signIn() {
    return new SignInService(
        security.users(), security.passwords(), ports.unitOfWork(), ports.clock());
  }

  public IdentifyUseCase identify() {
    return new IdentifyService(security.users(), security.tokens(), verifiedTokens);
  }

  public AddUserUseCase addUser() {
    return new AddUserService(accounts(), ports.unitOfWork());
  }

  public ListUsersUseCase listUsers() {
    return new ListUsersService(accounts());
  }

  public DisableUserUseCase disableUser() {
    return new DisableUserService(accounts(), ports.unitOfWork());
  }

  public ResetPasswordUseCase resetPassword() {
    var service = new ResetPasswordService(accounts());
    return (username, password) ->
        ports.unitOfWork().inTransaction(() -> service.reset(username, password));
  }

  public CreateApiTokenUseCase createApiToken() {
    var service = new CreateApiTokenService(accounts(), ports.clock());
    return (username, name) ->
        ports.unitOfWork().inTransaction(() -> service.create(username, name));
  }

  public RevokeApiTokenUseCase revokeApiToken() {
    return new RevokeApiTokenService(accounts(), ports.unitOfWork(), ports.clock());
  }

  public EnsureAdministratorUseCase ensureAdministrator() {
    return new EnsureAdministratorService(accounts(), ports.unitOfWork());
  }
}
