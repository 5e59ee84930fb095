package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.ProgressUpdate;

/**
 * Units of work running at the same time, as the web server's requests (or several servers on one
 * database) run them: every store must give them the same isolation, the same conflicts and the
 * same refusals. A change is made as the application makes it (load the plan, check the version the
 * user saw if any, change it, save it, in one unit of work); a read reads the plan with its items,
 * actions, owners, progress and revisions.
 */
abstract class ConcurrencyContract extends StoreContract {

  /** Writers, one per action, and the readers reading meanwhile. */
  private static final int READERS = 2;

  private static final int UPDATES_PER_WRITER = 3;

  private ExecutorService threads;
  private ActionPlanId planId;
  private List<ActionRef> actions;

  @BeforeEach
  void savePlanWithFourActionsInProgress() {
    saveUnits();
    ActionPlan saved = savedPlan("plan-concurrent", LocalDate.of(2023, 6, 1));
    planId = saved.id();
    store
        .unitOfWork()
        .inTransaction(
            () -> {
              ActionPlan plan = store.actionPlans().findById(planId).orElseThrow();
              for (String text :
                  List.of("Review the workload tool locally", "Report the review to the board")) {
                plan.addAction(
                    3,
                    Action.planned(
                        text,
                        List.of("Head of PDU"),
                        Optional.of(YearMonth.of(2024, 6)),
                        ActionStatus.PLANNED));
              }
              return store.actionPlans().save(plan);
            });
    actions =
        List.of(new ActionRef(1, 1), new ActionRef(2, 1), new ActionRef(3, 1), new ActionRef(3, 2));
    threads = Executors.newFixedThreadPool(actions.size() + READERS);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  @Timeout(60)
  void updatesOfDifferentActionsSendingNoVersion_allSucceed_whileReadersSeeWholePlansOnly()
      throws Exception {
    ActionPlan before = store.actionPlans().findById(planId).orElseThrow();
    int progressBefore = progressCount(before);
    CountDownLatch start = new CountDownLatch(1);
    AtomicBoolean writing = new AtomicBoolean(true);

    List<Future<Integer>> writers = new ArrayList<>();
    for (int w = 0; w < actions.size(); w++) {
      ActionRef action = actions.get(w);
      String by = "Writer " + (w + 1);
      writers.add(
          threads.submit(
              () -> {
                start.await();
                for (int u = 1; u <= UPDATES_PER_WRITER; u++) {
                  edit(OptionalLong.empty(), action, by, "update " + u);
                }
                return UPDATES_PER_WRITER;
              }));
    }
    List<Future<Integer>> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      boolean inUnitOfWork = r % 2 == 0;
      readers.add(
          threads.submit(
              () -> {
                start.await();
                int reads = 0;
                // At least a few reads, then as many as the writers leave time for.
                while (writing.get() || reads < 5) {
                  ActionPlan seen =
                      inUnitOfWork
                          ? store
                              .unitOfWork()
                              .reading(() -> store.actionPlans().findById(planId).orElseThrow())
                          : store.actionPlans().findById(planId).orElseThrow();
                  assertWholePlan(seen, progressBefore, before.version());
                  reads++;
                }
                return reads;
              }));
    }

    start.countDown();
    int updates = 0;
    try {
      for (Future<Integer> writer : writers) {
        updates += outcome(writer);
      }
    } finally {
      writing.set(false);
    }
    for (Future<Integer> reader : readers) {
      assertTrue(outcome(reader) >= 5);
    }

    ActionPlan after = store.actionPlans().findById(planId).orElseThrow();
    assertEquals(actions.size() * UPDATES_PER_WRITER, updates);
    assertEquals(before.version() + updates, after.version());
    assertEquals(progressBefore + updates, progressCount(after));
    for (int w = 0; w < actions.size(); w++) {
      String by = "Writer " + (w + 1);
      List<String> notes =
          after.action(actions.get(w)).progress().stream()
              .filter(update -> update.by().equals(by))
              .map(ProgressUpdate::note)
              .toList();
      assertEquals(List.of("update 1", "update 2", "update 3"), notes, "action " + (w + 1));
    }
  }

  @Test
  @Timeout(60)
  void updatesSendingTheSameVersionAtOnce_oneSucceeds_theOthersAreRefusedAsConflicts()
      throws Exception {
    long seen = store.actionPlans().findById(planId).orElseThrow().version();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> writers = new ArrayList<>();
    for (int w = 0; w < actions.size(); w++) {
      ActionRef action = actions.get(w);
      writers.add(
          threads.submit(
              () -> {
                start.await();
                return edit(OptionalLong.of(seen), action, "Writer", "at version " + seen);
              }));
    }
    start.countDown();

    int succeeded = 0;
    int refused = 0;
    for (Future<Long> writer : writers) {
      try {
        assertEquals(seen + 1, writer.get(30, TimeUnit.SECONDS));
        succeeded++;
      } catch (ExecutionException e) {
        assertInstanceOf(ConflictException.class, e.getCause());
        refused++;
      }
    }
    assertEquals(1, succeeded);
    assertEquals(actions.size() - 1, refused);
    assertEquals(seen + 1, store.actionPlans().findById(planId).orElseThrow().version());
  }

  @Test
  void anUpdateSendingAStaleVersion_isRefusedAsAConflict() {
    long seen = store.actionPlans().findById(planId).orElseThrow().version();
    edit(OptionalLong.empty(), actions.get(0), "Someone else", "first");

    org.junit.jupiter.api.Assertions.assertThrows(
        ConflictException.class,
        () -> edit(OptionalLong.of(seen), actions.get(1), "Writer", "from a stale copy"));
    assertEquals(seen + 1, store.actionPlans().findById(planId).orElseThrow().version());
  }

  @Test
  @Timeout(60)
  void aReadingUnitOfWork_seesOneStateThroughout_evenWhenAWriteCommitsMeanwhile() throws Exception {
    List<ActionPlan> seen =
        store
            .unitOfWork()
            .reading(
                () -> {
                  ActionPlan first = store.actionPlans().findById(planId).orElseThrow();
                  Future<Long> write =
                      threads.submit(
                          () -> edit(OptionalLong.empty(), actions.get(0), "Writer", "meanwhile"));
                  try {
                    write.get(2, TimeUnit.SECONDS);
                  } catch (TimeoutException writersWaitForReaders) {
                    // A store whose writers wait for its readers: the read sees one state too.
                  } catch (InterruptedException | ExecutionException e) {
                    throw new IllegalStateException(e);
                  }
                  ActionPlan second = store.actionPlans().findById(planId).orElseThrow();
                  return List.of(first, second);
                });

    assertEquals(seen.get(0).version(), seen.get(1).version());
    assertEquals(seen.get(0).items(), seen.get(1).items());
    ActionPlan after = awaitVersion(seen.get(0).version() + 1);
    assertEquals(progressCount(seen.get(0)) + 1, progressCount(after));
  }

  @Test
  @Timeout(60)
  void twoChangesTakingTwoPlansInOppositeOrders_bothSucceed() throws Exception {
    ActionPlanId other = savedPlan("plan-other", LocalDate.of(2023, 7, 1)).id();
    CountDownLatch firstPlansRead = new CountDownLatch(2);
    Future<Long> one = threads.submit(() -> changeBoth(planId, other, firstPlansRead, "one"));
    Future<Long> two = threads.submit(() -> changeBoth(other, planId, firstPlansRead, "two"));

    outcome(one);
    outcome(two);
    for (ActionPlanId id : List.of(planId, other)) {
      List<String> notes =
          store
              .actionPlans()
              .findById(id)
              .orElseThrow()
              .action(new ActionRef(1, 1))
              .progress()
              .stream()
              .map(ProgressUpdate::note)
              .filter(note -> note.startsWith("both "))
              .sorted()
              .toList();
      assertEquals(List.of("both one", "both two"), notes);
    }
  }

  /**
   * Changes two plans in one unit of work, reading {@code first}, then, once both changes have read
   * their first plan (or after a while, where writers wait for each other), {@code second}: two
   * such changes in opposite orders wait for each other's plan, and the database must resolve it
   * without refusing either.
   */
  private long changeBoth(
      ActionPlanId first, ActionPlanId second, CountDownLatch firstPlansRead, String note) {
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              ActionPlan a = store.actionPlans().findById(first).orElseThrow();
              firstPlansRead.countDown();
              try {
                firstPlansRead.await(2, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              }
              ActionPlan b = store.actionPlans().findById(second).orElseThrow();
              for (ActionPlan plan : List.of(a, b)) {
                plan.reportProgress(
                    new ActionRef(1, 1),
                    new ProgressUpdate(
                        LocalDate.of(2024, 2, 1), ActionStatus.IN_PROGRESS, "both " + note, note));
                store.actionPlans().save(plan);
              }
              return b.version();
            });
  }

  /** A change as the application makes one, in one unit of work; returns the version written. */
  private long edit(OptionalLong expected, ActionRef action, String by, String note) {
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              ActionPlan plan =
                  store
                      .actionPlans()
                      .findById(planId)
                      .orElseThrow(() -> new NotFoundException("Action plan", planId.value()));
              if (expected.isPresent() && expected.getAsLong() != plan.version()) {
                throw new ConflictException(
                    "Action plan " + planId + " was changed since version " + expected);
              }
              plan.reportProgress(
                  action,
                  new ProgressUpdate(LocalDate.of(2024, 2, 1), ActionStatus.IN_PROGRESS, note, by));
              return store.actionPlans().save(plan);
            });
  }

  /**
   * A plan read whole: each saved change adds one progress report and one version, so a plan made
   * of rows from before and after a change does not add up (or cannot be built at all).
   */
  private static void assertWholePlan(ActionPlan seen, int progressBefore, long versionBefore) {
    assertEquals(5, seen.items().stream().mapToInt(item -> item.actions().size()).sum());
    assertEquals(
        progressBefore + (seen.version() - versionBefore),
        progressCount(seen),
        "progress reports of the plan read at version " + seen.version());
  }

  private static int progressCount(ActionPlan plan) {
    return plan.items().stream()
        .flatMap(item -> item.actions().stream())
        .mapToInt(action -> action.progress().size())
        .sum();
  }

  private ActionPlan awaitVersion(long version) throws InterruptedException {
    for (int i = 0; i < 300; i++) {
      ActionPlan plan = store.actionPlans().findById(planId).orElseThrow();
      if (plan.version() >= version) {
        return plan;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the write never committed");
  }

  private static <T> T outcome(Future<T> task) throws Exception {
    try {
      return task.get(60, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw new AssertionError(e.getCause());
    }
  }
}
