package org.probationinspections.application.account;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.account.port.in.AddUserUseCase;
import org.probationinspections.application.account.port.in.UserView;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.PasswordHasher;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.account.Permission;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.RegionId;

/** What the user-management use cases share: the ports, the permission check, lookups, views. */
record Accounts(
    UserRepository users,
    ApiTokenRepository tokens,
    PasswordHasher passwords,
    CurrentActor actor,
    Directory directory) {

  void requireManager() {
    actor.actor().require(Permission.MANAGE_USERS);
  }

  User user(String username) {
    return users
        .findByUsername(Require.optionalText(username))
        .orElseThrow(() -> new NotFoundException("User", String.valueOf(username)));
  }

  AddUserUseCase.NewPassword create(
      String username, Role role, List<String> regionNames, Optional<String> password) {
    String name = User.validUsername(username);
    if (users.findByUsername(name).isPresent()) {
      throw new ConflictException("a user named " + name + " exists already");
    }
    Set<RegionId> regions = new LinkedHashSet<>();
    regionNames.forEach(region -> regions.add(directory.region(region).id()));
    String secret = password.map(Secrets::checkedPassword).orElseGet(Secrets::password);
    users.save(User.create(UserId.newId(), name, role, regions, passwords.hash(secret)));
    return new AddUserUseCase.NewPassword(name, secret, password.isEmpty());
  }

  UserView view(User user) {
    return new UserView(
        user.id().value(),
        user.username(),
        user.role(),
        user.regions().stream().map(id -> directory.region(id).name()).sorted().toList(),
        user.enabled(),
        user.lockedUntil(),
        tokens.findByUser(user.id()).stream()
            .map(t -> new UserView.TokenView(t.id(), t.name(), t.created(), t.revoked()))
            .toList());
  }
}
