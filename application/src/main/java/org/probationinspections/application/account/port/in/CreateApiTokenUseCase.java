package org.probationinspections.application.account.port.in;

/** Issues an API token for a user: the secret is returned once; only its hash is kept. */
public interface CreateApiTokenUseCase {

  NewToken create(String username, String name);

  /** {@code secret} goes in {@code Authorization: Bearer …}; it cannot be shown again. */
  record NewToken(String id, String username, String name, String secret) {}
}
