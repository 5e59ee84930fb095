package org.probationinspections.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dagger.Reusable;
import org.probationinspections.application.account.AccountServices;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.account.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.account.port.in.DisableUserUseCase;
import org.probationinspections.application.account.port.in.EnsureAdministratorUseCase;
import org.probationinspections.application.account.port.in.IdentifyUseCase;
import org.probationinspections.application.account.port.in.ListUsersUseCase;
import org.probationinspections.application.account.port.in.ResetPasswordUseCase;
import org.probationinspections.application.account.port.in.RevokeApiTokenUseCase;
import org.probationinspections.application.account.port.in.SignInUseCase;
import org.probationinspections.application.assembly.Core;

/** Provides each use case of accounts by its interface. */
@Module
final class AccountUseCasesModule {

  private AccountUseCasesModule() {}

  @Provides
  @Reusable
  static AccountServices services(Core core) {
    return core.accounts();
  }

  @Provides
  static SignInUseCase signIn(AccountServices services) {
    return services.signIn();
  }

  @Provides
  static IdentifyUseCase identify(AccountServices services) {
    return services.identify();
  }

  @Provides
  static AddUserUseCase addUser(AccountServices services) {
    return services.addUser();
  }

  @Provides
  static ListUsersUseCase listUsers(AccountServices services) {
    return services.listUsers();
  }

  @Provides
  static DisableUserUseCase disableUser(AccountServices services) {
    return services.disableUser();
  }

  @Provides
  static ResetPasswordUseCase resetPassword(AccountServices services) {
    return services.resetPassword();
  }

  @Provides
  static CreateApiTokenUseCase createApiToken(AccountServices services) {
    return services.createApiToken();
  }

  @Provides
  static RevokeApiTokenUseCase revokeApiToken(AccountServices services) {
    return services.revokeApiToken();
  }

  @Provides
  static EnsureAdministratorUseCase ensureAdministrator(AccountServices services) {
    return services.ensureAdministrator();
  }
}
