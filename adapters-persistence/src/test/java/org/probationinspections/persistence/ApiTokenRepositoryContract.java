package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.account.ApiToken;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;

/** The API tokens: found by the hash of their secret, by id and by user, with their revocation. */
abstract class ApiTokenRepositoryContract extends StoreContract {

  @Test
  void apiToken_isFoundByItsHash_andKeepsItsRevocation() {
    User user = savedUser("ada", Role.ADMIN, java.util.Set.of());
    Instant made = Instant.parse("2024-03-15T10:15:30Z");
    ApiToken token = new ApiToken("tok-1", user.id(), "laptop", "abc123", made, Optional.empty());
    store.apiTokens().save(token);
    assertEquals(Optional.of(token), store.apiTokens().findBySecretHash("abc123"));
    assertEquals(Optional.empty(), store.apiTokens().findBySecretHash("abc"));

    ApiToken revoked = token.revoke(made.plusSeconds(60));
    store.apiTokens().save(revoked);
    assertEquals(Optional.of(revoked), store.apiTokens().findById("tok-1"));
    assertEquals(List.of(revoked), store.apiTokens().findByUser(user.id()));
  }
}
