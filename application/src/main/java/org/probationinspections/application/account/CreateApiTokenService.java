package org.probationinspections.application.account;

import java.util.Optional;
import java.util.UUID;
import org.probationinspections.application.account.port.in.CreateApiTokenUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.User;

/** Issues an API token: the secret is returned once, its hash is stored. */
record CreateApiTokenService(Accounts accounts, Clock clock) implements CreateApiTokenUseCase {

  @Override
  public NewToken create(String username, String name) {
    accounts.requireManager();
    String secret = Secrets.tokenSecret();
    User user = accounts.user(username);
    ApiToken token =
        new ApiToken(
            UUID.randomUUID().toString(),
            user.id(),
            name,
            Secrets.tokenHash(secret),
            clock.now(),
            Optional.empty());
    accounts.tokens().save(token);
    return new NewToken(token.id(), user.username(), token.name(), secret);
  }
}
