package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.UserId;

/** API tokens held in memory. */
public final class InMemoryApiTokens implements ApiTokenRepository {

  private final InMemoryStore store;

  public InMemoryApiTokens(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<ApiToken> findById(String id) {
    return store.read(t -> Optional.ofNullable(t.tokens.get(id)));
  }

  @Override
  public Optional<ApiToken> findBySecretHash(String secretHash) {
    return store.read(
        t ->
            t.tokens.values().stream()
                .filter(token -> token.secretHash().equals(secretHash))
                .findFirst());
  }

  @Override
  public List<ApiToken> findByUser(UserId user) {
    return store.read(
        t ->
            t.tokens.values().stream()
                .filter(token -> token.user().equals(user))
                .sorted(Comparator.comparing(ApiToken::created).thenComparing(ApiToken::id))
                .toList());
  }

  @Override
  public void save(ApiToken token) {
    store.inTransaction(() -> store.read(t -> t.tokens.put(token.id(), token)));
  }
}
