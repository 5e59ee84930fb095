package org.probationinspections.application.service;

import java.util.Optional;
import org.probationinspections.application.port.in.IdentifyUseCase;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.User;

/** Resolves a session's user name or an API token to the actor, checking it is still valid. */
public final class IdentifyService implements IdentifyUseCase {

  private final UserRepository users;
  private final ApiTokenRepository tokens;

  IdentifyService(UserRepository users, ApiTokenRepository tokens) {
    this.users = users;
    this.tokens = tokens;
  }

  @Override
  public Optional<Actor> byUsername(String username) {
    return users.findByUsername(username).filter(User::enabled).map(User::actor);
  }

  @Override
  public Optional<Actor> byApiToken(String token) {
    if (token == null || !token.startsWith(Secrets.TOKEN_PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    return tokens
        .findBySecretHash(Secrets.tokenHash(token))
        .filter(ApiToken::isActive)
        .flatMap(found -> users.findById(found.user()))
        .filter(User::enabled)
        .map(User::actor);
  }
}
