package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.UserId;

/** Stores API tokens by the hash of their secret; a saved token replaces the one with its id. */
public interface ApiTokenRepository {

  Optional<ApiToken> findById(String id);

  Optional<ApiToken> findBySecretHash(String secretHash);

  /** The user's tokens, oldest first. */
  List<ApiToken> findByUser(UserId user);

  void save(ApiToken token);
}
