package org.probationinspections.persistence.memory;

import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.probationinspections.domain.account.User;
import org.probationinspections.domain.account.UserId;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.review.RegionalReview;
import org.probationinspections.domain.review.ReviewId;
import org.probationinspections.persistence.StaleCopies;
import org.probationinspections.persistence.memory.InMemoryStore.Tables;

/**
 * How the in-memory store keeps one kind of versioned aggregate: its map, the key and the name a
 * refusal shows of one aggregate, its version, and the copies it keeps and hands out ({@link
 * Inspection#atVersion}); and the save of one aggregate with its optimistic lock, shared by the
 * in-memory repositories.
 *
 * @param what what a refusal calls a record of the map
 * @param table the map, in the store's tables
 * @param key the key an aggregate is stored under
 * @param shownAs what a refusal calls one aggregate
 * @param version an aggregate's version
 * @param copyAt a copy of an aggregate at a version
 * @param <K> the aggregate's id
 * @param <V> the aggregate
 */
record Versions<K, V>(
    String what,
    Function<Tables, Map<K, V>> table,
    Function<V, K> key,
    Function<V, String> shownAs,
    ToLongFunction<V> version,
    CopyAt<V> copyAt) {

  static final Versions<InspectionId, Inspection> INSPECTIONS =
      new Versions<>(
          "Inspection",
          t -> t.inspections,
          Inspection::id,
          i -> i.id().value(),
          Inspection::version,
          Inspection::atVersion);
  static final Versions<ReviewId, RegionalReview> REVIEWS =
      new Versions<>(
          "Regional review",
          t -> t.reviews,
          RegionalReview::id,
          r -> r.id().value(),
          RegionalReview::version,
          RegionalReview::atVersion);
  static final Versions<ActionPlanId, ActionPlan> ACTION_PLANS =
      new Versions<>(
          "Action plan",
          t -> t.plans,
          ActionPlan::id,
          p -> p.id().value(),
          ActionPlan::version,
          ActionPlan::atVersion);
  static final Versions<UserId, User> USERS =
      new Versions<>(
          "User", t -> t.users, User::id, User::username, User::version, User::atVersion);

  /** A copy of an aggregate at a version. */
  @FunctionalInterface
  interface CopyAt<V> {
    V of(V aggregate, long version);
  }

  /** A copy of the aggregate at its own version. */
  V copy(V aggregate) {
    return copyAt.of(aggregate, version.applyAsLong(aggregate));
  }

  /**
   * Stores a copy of {@code aggregate} at the next version, in a unit of work, when the stored
   * aggregate is still at the version the saved one was read at (0: none stored); else refuses the
   * save, naming the record and the stored version.
   *
   * @return the version stored
   */
  long save(InMemoryStore store, V aggregate) {
    K key = this.key.apply(aggregate);
    long read = version.applyAsLong(aggregate);
    return store.inTransaction(
        () ->
            store.read(
                t -> {
                  Map<K, V> map = table.apply(t);
                  V stored = map.get(key);
                  long current = stored == null ? 0L : version.applyAsLong(stored);
                  if (current != read) {
                    throw StaleCopies.refusal(what, shownAs.apply(aggregate), read, current);
                  }
                  long next = current + 1;
                  map.put(key, copyAt.of(aggregate, next));
                  return next;
                }));
  }
}
