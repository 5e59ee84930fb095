package org.probationinspections.cli.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.domain.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/**
 * Manages users on the server's own database: whoever can run this can read the database file, so
 * the command line acts as an administrator (its changes are audited as "command line (os user)").
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
    scope = ScopeType.INHERIT,
    description = "Add, list, disable users; reset passwords; create and revoke API tokens.",
    subcommands = {
      UsersCommand.Add.class,
      UsersCommand.ListUsers.class,
      UsersCommand.Disable.class,
      UsersCommand.ResetPassword.class,
      UsersCommand.Token.class
    })
final class UsersCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static Optional<String> passwordFrom(Path file) {
    if (file == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
    } catch (IOException e) {
      throw new picocli.CommandLine.ParameterException(
          new picocli.CommandLine(new UsersCommand()),
          "cannot read " + file + ": " + e.getMessage());
    }
  }

  static void printPassword(AddUserUseCase.NewPassword created) {
    if (created.generated()) {
      System.out.println(
          "Password for " + created.username() + " (shown once): " + created.password());
    } else {
      System.out.println("Password for " + created.username() + " set from the file.");
    }
  }

  /** A subcommand on one user, named on the command line, of the database {@code --db} names. */
  abstract static class OnUser implements Runnable {
    @Mixin DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "NAME")
    String username;
  }

  /** The password file of the subcommands that set a password. */
  static final class PasswordFile {
    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description = "Read the password from this file (else one is generated and shown once)")
    Path file;

    Optional<String> password() {
      return passwordFrom(file);
    }
  }

  @Command(name = "add", description = "Add a user.")
  static final class Add extends OnUser {

    @Option(names = "--role", required = true, description = "ADMIN, INSPECTOR, PROVIDER or READER")
    Role role;

    @Option(
        names = "--region",
        paramLabel = "REGION",
        description = "A region a provider may change the plans of (repeat for more)")
    List<String> regions = new ArrayList<>();

    @Mixin PasswordFile passwordFile;

    @Override
    public void run() {
      UserAdministration users = database.userAdministration();
      users.add(username, role, regions, passwordFile.password());
    }
  }

  @Command(name = "list", description = "List users and tokens.")
  static final class ListUsers implements Runnable {
    @Mixin DatabaseOptions database;

    @Override
    public void run() {
      System.out.printf("%-24s %-10s %-9s %s%n", "user", "role", "status", "regions");
      database.userAdministration().list();
    }
  }

  @Command(name = "disable", description = "Disable a user.")
  static final class Disable extends OnUser {

    @Override
    public void run() {
      database.userAdministration().disable(username);
    }
  }

  @Command(
      name = "reset-password",
      description = "Set a new password (generated unless --password-file); lifts a lock.")
  static final class ResetPassword extends OnUser {
    @Mixin PasswordFile passwordFile;

    @Override
    public void run() {
      UserAdministration users = database.userAdministration();
      users.resetPassword(username, passwordFile.password());
    }
  }

  @Command(
      name = "token",
      description = "API tokens: 'token create NAME [--label L]' or 'token revoke TOKEN-ID'.")
  static final class Token implements Runnable {
    @Mixin DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "ACTION", description = "create or revoke")
    String action;

    @Parameters(
        index = "1",
        paramLabel = "NAME-OR-ID",
        description = "user (create) or token id (revoke)")
    String subject;

    @Option(names = "--label", defaultValue = "cli", description = "What the token is for")
    String label;

    @Override
    public void run() {
      UserAdministration users = database.userAdministration();
      switch (action) {
        case "create" -> users.createToken(subject, label);
        case "revoke" -> users.revokeToken(subject);
        default ->
            throw new picocli.CommandLine.ParameterException(
                new picocli.CommandLine(this), "ACTION must be create or revoke, was " + action);
      }
    }
  }
}
