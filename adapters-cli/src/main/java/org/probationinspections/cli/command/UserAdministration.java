package org.probationinspections.cli.command;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.account.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.account.port.in.DisableUserUseCase;
import org.probationinspections.application.account.port.in.ListUsersUseCase;
import org.probationinspections.application.account.port.in.ResetPasswordUseCase;
import org.probationinspections.application.account.port.in.RevokeApiTokenUseCase;
import org.probationinspections.application.account.port.in.UserView;
import org.probationinspections.domain.account.Role;

/** What the {@code users} commands do with their options, each saying on stdout what it did. */
public record UserAdministration(
    AddUserUseCase addUser,
    ListUsersUseCase listUsers,
    DisableUserUseCase disableUser,
    ResetPasswordUseCase resetPassword,
    CreateApiTokenUseCase createApiToken,
    RevokeApiTokenUseCase revokeApiToken) {

  void add(String username, Role role, List<String> regions, Optional<String> password) {
    UsersCommand.printPassword(
        addUser.add(new AddUserUseCase.Command(username, role, regions, password)));
    System.out.println("Added " + username + " as " + role + ".");
  }

  /** The users and their tokens, a line each, under the heading the command prints. */
  void list() {
    for (UserView user : listUsers.list()) {
      System.out.printf(
          "%-24s %-10s %-9s %s%s%n",
          user.username(),
          user.role(),
          user.enabled() ? "enabled" : "disabled",
          String.join(", ", user.regions()),
          user.lockedUntil().map(t -> " locked until " + t).orElse(""));
      for (UserView.TokenView token : user.tokens()) {
        System.out.printf(
            "    token %s  %-20s created %s%s%n",
            token.id(),
            token.name(),
            token.created(),
            token.revoked().map(t -> "  REVOKED " + t).orElse(""));
      }
    }
  }

  void disable(String username) {
    disableUser.disable(username);
    System.out.println("Disabled " + username + ": it can no longer sign in or use its tokens.");
  }

  void resetPassword(String username, Optional<String> password) {
    UsersCommand.printPassword(resetPassword.reset(username, password));
  }

  void createToken(String username, String label) {
    CreateApiTokenUseCase.NewToken token = createApiToken.create(username, label);
    System.out.println("Token " + token.id() + " for " + token.username() + " (shown once):");
    System.out.println(token.secret());
    System.out.println("Send it as: Authorization: Bearer " + token.secret());
  }

  void revokeToken(String tokenId) {
    revokeApiToken.revoke(tokenId);
    System.out.println("Revoked token " + tokenId + ".");
  }
}
