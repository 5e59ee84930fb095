package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.UserId;

/** API tokens held in memory. */
public final class InMemoryApiTokens extends InMemoryTable<String, ApiToken>
    implements ApiTokenRepository {

  public InMemoryApiTokens(InMemoryStore store) {
    super(
        store, t -> t.tokens, Comparator.comparing(ApiToken::created).thenComparing(ApiToken::id));
  }

  @Override
  public Optional<ApiToken> findById(String id) {
    return stored(id);
  }

  @Override
  public Optional<ApiToken> findBySecretHash(String secretHash) {
    return first(token -> token.secretHash().equals(secretHash));
  }

  @Override
  public List<ApiToken> findByUser(UserId user) {
    return sorted(token -> token.user().equals(user));
  }

  @Override
  public void save(ApiToken token) {
    put(token.id(), token);
  }
}
