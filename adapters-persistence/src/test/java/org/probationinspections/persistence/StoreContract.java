package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.probationinspections.persistence.Fixtures.BLACKBURN;
import static org.probationinspections.persistence.Fixtures.CHESHIRE_WEST;
import static org.probationinspections.persistence.Fixtures.GATESHEAD;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.probationinspections.domain.account.Role;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.RegionId;

/**
 * The frame of every repository contract: a new, empty store of the adapter under test for each
 * test, closed after it, and the records the tests save before they look.
 */
abstract class StoreContract {

  protected Store store;

  /** A new, empty store of the adapter under test. */
  protected abstract Store openStore() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openStore();
  }

  @AfterEach
  void close() {
    store.close();
  }

  /**
   * Runs {@code work} in a unit of work that then fails with {@code failure}, as a use case failing
   * after its writes would, and returns the failure, which the unit of work must let through.
   */
  IllegalStateException failInAUnitOfWork(String failure, Runnable work) {
    return assertThrows(
        IllegalStateException.class,
        () ->
            store
                .unitOfWork()
                .inTransaction(
                    () -> {
                      work.run();
                      throw new IllegalStateException(failure);
                    }));
  }

  /** The ids of {@code records}, in the order the store gave them. */
  static <T> List<String> ids(List<T> records, Function<T, String> id) {
    return records.stream().map(id).toList();
  }

  void saveUnits() {
    store.regions().add(NORTH_WEST);
    store.regions().add(NORTH_EAST);
    store.pdus().save(KNOWSLEY);
    store.pdus().save(CHESHIRE_WEST);
    store.pdus().save(BLACKBURN);
    store.pdus().save(GATESHEAD);
  }

  Inspection savedInspection(String id, Pdu pdu, LocalDate fieldwork) {
    Inspection inspection = Fixtures.inspection(id, pdu, fieldwork);
    store.inspections().save(inspection);
    return inspection;
  }

  ActionPlan savedPlan(String id, LocalDate submitted) {
    Inspection a = savedInspection("insp-" + id + "-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
    Inspection b = savedInspection("insp-" + id + "-b", CHESHIRE_WEST, LocalDate.of(2022, 12, 5));
    RegionalReview review =
        Fixtures.review(
            "review-" + id, NORTH_WEST, submitted.minusMonths(2), List.of(a.id(), b.id()));
    store.reviews().save(review);
    ActionPlan plan =
        Fixtures.plan(id, NORTH_WEST, Optional.of(review.id()), submitted, a.id(), b.id());
    store.actionPlans().save(plan);
    return plan;
  }

  User savedUser(String name, Role role, java.util.Set<RegionId> regions) {
    User user = User.create(UserId.newId(), name, role, regions, "$argon2id$hash-of-" + name);
    assertEquals(1L, store.users().save(user));
    return user;
  }
}
