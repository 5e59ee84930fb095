package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.common.ConflictException;

/**
 * The users: a round trip with every field, found by name whatever its case, listed by name,
 * optimistic locking.
 */
abstract class UserRepositoryContract extends StoreContract {

  @Test
  void user_savedAndFound_keepsEveryFieldAndIsFoundByNameIgnoringCase() {
    saveUnits();
    User saved = savedUser("Pat.Provider", Role.PROVIDER, java.util.Set.of(NORTH_WEST.id()));

    User found = store.users().findByUsername("pat.provider").orElseThrow();
    assertEquals(saved.id(), found.id());
    assertEquals("Pat.Provider", found.username());
    assertEquals(Role.PROVIDER, found.role());
    assertEquals(java.util.Set.of(NORTH_WEST.id()), found.regions());
    assertEquals("$argon2id$hash-of-Pat.Provider", found.passwordHash());
    assertTrue(found.enabled());
    assertEquals(1L, found.version());
    assertEquals(Optional.empty(), found.lockedUntil());
    assertEquals(found.username(), store.users().findById(saved.id()).orElseThrow().username());
  }

  @Test
  void user_lockedDisabledAndSavedAgain_keepsTheChangesAndCountsTheVersion() {
    savedUser("ada", Role.READER, java.util.Set.of());
    User user = store.users().findByUsername("ada").orElseThrow();
    Instant now = Instant.parse("2024-03-15T10:15:30Z");
    for (int i = 0; i < User.MAX_FAILED_LOGINS; i++) {
      user.loginFailed(now);
    }
    user.disable();
    assertEquals(2L, store.users().save(user));

    User found = store.users().findByUsername("ADA").orElseThrow();
    assertEquals(Optional.of(now.plus(User.LOCK_DURATION)), found.lockedUntil());
    assertTrue(found.isLocked(now));
    assertTrue(!found.enabled());
    assertEquals(2L, found.version());
  }

  @Test
  void givenUserName_anotherUserWithThatNameInOtherCase_isRefusedWithConflict() {
    savedUser("ada", Role.READER, java.util.Set.of());
    assertThrows(
        ConflictException.class,
        () ->
            store
                .users()
                .save(User.create(UserId.newId(), "ADA", Role.ADMIN, java.util.Set.of(), "h")));
  }

  @Test
  void givenStaleUser_save_isRefusedWithConflict() {
    savedUser("ada", Role.READER, java.util.Set.of());
    User first = store.users().findByUsername("ada").orElseThrow();
    User second = store.users().findByUsername("ada").orElseThrow();
    first.disable();
    store.users().save(first);
    second.changePassword("other");
    assertThrows(ConflictException.class, () -> store.users().save(second));
  }

  @Test
  void users_findAll_isByName() {
    savedUser("zoe", Role.READER, java.util.Set.of());
    savedUser("Ada", Role.ADMIN, java.util.Set.of());
    assertEquals(
        List.of("Ada", "zoe"), store.users().findAll().stream().map(User::username).toList());
  }
}
