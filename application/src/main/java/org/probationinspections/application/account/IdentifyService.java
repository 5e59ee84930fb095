package org.probationinspections.application.account;

import java.util.Optional;
import org.probationinspections.application.account.port.in.IdentifyUseCase;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.UserRepository;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.User;

/**
 * Resolves a session's user name or an API token to the actor, checking it is still valid. A token
 * verified lately is answered from {@link VerifiedTokens}, which every change to an account made
 * through this process empties.
 */
record IdentifyService(UserRepository users, ApiTokenRepository tokens, VerifiedTokens verified)
    implements IdentifyUseCase {

  @Override
  public Optional<Actor> byUsername(String username) {
    return users.findByUsername(username).filter(User::enabled).map(User::actor);
  }

  @Override
  public Optional<Actor> byApiToken(String token) {
    if (token == null || !token.startsWith(Secrets.TOKEN_PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    String hash = Secrets.tokenHash(token);
    Optional<Actor> known = verified.find(hash);
    if (known.isPresent()) {
      return known;
    }
    long generation = verified.generation();
    Optional<Actor> actor =
        tokens
            .findBySecretHash(hash)
            .filter(ApiToken::isActive)
            .flatMap(found -> users.findById(found.user()))
            .filter(User::enabled)
            .map(User::actor);
    actor.ifPresent(found -> verified.remember(hash, found, generation));
    return actor;
  }
}
