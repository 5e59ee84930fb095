package org.probationinspections.application.account;

import org.probationinspections.application.account.port.in.RevokeApiTokenUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.common.Require;

/** Revokes an API token. */
record RevokeApiTokenService(Accounts accounts, UnitOfWork unitOfWork, Clock clock)
    implements RevokeApiTokenUseCase {

  @Override
  public void revoke(String tokenId) {
    accounts.requireManager();
    unitOfWork.inTransaction(
        () -> {
          ApiToken token =
              accounts
                  .tokens()
                  .findById(Require.optionalText(tokenId))
                  .orElseThrow(() -> new NotFoundException("API token", tokenId));
          accounts.tokens().save(token.revoke(clock.now()));
          return null;
        });
  }
}
