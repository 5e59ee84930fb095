package org.probationinspections.domain.account;

import java.time.Instant;
import java.util.Optional;
import org.probationinspections.domain.common.Require;

/**
 * An API token of a user: only the hash of its secret is kept, and the secret is shown once, when
 * it is made. A revoked token stays, so that the audit trail can name it.
 */
public record ApiToken(
    String id,
    UserId user,
    String name,
    String secretHash,
    Instant created,
    Optional<Instant> revoked) {

  public ApiToken {
    id = Require.text("token.id", id);
    Require.present("token.user", user);
    name = Require.text("token.name", name);
    secretHash = Require.text("token.secretHash", secretHash);
    Require.present("token.created", created);
    Require.present("token.revoked", revoked);
  }

  public boolean isActive() {
    return revoked.isEmpty();
  }

  public ApiToken revoke(Instant at) {
    return isActive() ? new ApiToken(id, user, name, secretHash, created, Optional.of(at)) : this;
  }
}
