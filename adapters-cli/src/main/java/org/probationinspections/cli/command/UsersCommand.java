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

/**
 * Manages users on the server's own database: whoever can run this can read the database file, so
 * the command line acts as an administrator (its changes are audited as "command line (os user)").
 */
@Command(
    name = "users",
    mixinStandardHelpOptions = true,
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

  @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user.")
  static final class Add implements Runnable {
    @Mixin DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "NAME")
    String username;

    @Option(names = "--role", required = true, description = "ADMIN, INSPECTOR, PROVIDER or READER")
    Role role;

    @Option(
        names = "--region",
        paramLabel = "REGION",
        description = "A region a provider may change the plans of (repeat for more)")
    List<String> regions = new ArrayList<>();

    @Option(
        names = "--password-file",
        paramLabel = "FILE",
        description = "Read the password from this file (else one is generated and shown once)")
    Path passwordFile;

    @Override
    public void run() {
      UserAdministration users = database.userAdministration();
      users.add(username, role, regions, passwordFrom(passwordFile));
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "List users and tokens.")
  static final class ListUsers implements Runnable {
    @Mixin DatabaseOptions database;

    @Override
    public void run() {
      System.out.printf("%-24s %-10s %-9s %s%n", "user", "role", "status", "regions");
      database.userAdministration().list();
    }
  }

  @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user.")
  static final class Disable implements Runnable {
    @Mixin DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "NAME")
    String username;

    @Override
    public void run() {
      database.userAdministration().disable(username);
    }
  }

  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description = "Set a new password (generated unless --password-file); lifts a lock.")
  static final class ResetPassword implements Runnable {
    @Mixin DatabaseOptions database;

    @Parameters(index = "0", paramLabel = "NAME")
    String username;

    @Option(names = "--password-file", paramLabel = "FILE")
    Path passwordFile;

    @Override
    public void run() {
      UserAdministration users = database.userAdministration();
      users.resetPassword(username, passwordFrom(passwordFile));
    }
  }

  @Command(
      name = "token",
      mixinStandardHelpOptions = true,
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
