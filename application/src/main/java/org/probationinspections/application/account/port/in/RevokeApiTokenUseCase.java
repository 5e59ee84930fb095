package org.probationinspections.application.account.port.in;

/** Revokes an API token by its id; a revoked token is refused from then on. */
public interface RevokeApiTokenUseCase {

  void revoke(String tokenId);
}
