package org.probationinspections.application.account;

import org.probationinspections.application.account.port.in.RevokeApiTokenUseCase;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.common.NotFoundException;

/** Revokes an API token. */
public final class RevokeApiTokenService implements RevokeApiTokenUseCase {

  private final Accounts accounts;
  private final UnitOfWork unitOfWork;
  private final Clock clock;

  RevokeApiTokenService(Accounts accounts, UnitOfWork unitOfWork, Clock clock) {
    this.accounts = accounts;
    this.unitOfWork = unitOfWork;
    this.clock = clock;
  }

  @Override
  public void revoke(String tokenId) {
    accounts.requireManager();
    unitOfWork.inTransaction(
        () -> {
          ApiToken token =
              accounts
                  .tokens
                  .findById(tokenId == null ? "" : tokenId.strip())
                  .orElseThrow(() -> new NotFoundException("API token", tokenId));
          accounts.tokens.save(token.revoke(clock.now()));
          return null;
        });
  }
}
