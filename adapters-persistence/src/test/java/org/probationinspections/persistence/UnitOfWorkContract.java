package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/**
 * The units of work: all or nothing, nested ones joining the outer one, read-only ones refusing
 * writes.
 */
abstract class UnitOfWorkContract extends StoreContract {

  @Test
  void unitOfWorkThatThrows_leavesNothingWritten() {
    IllegalStateException failure =
        failInAUnitOfWork(
            "the use case failed",
            () -> {
              saveUnits();
              savedInspection("insp-a", KNOWSLEY, LocalDate.of(2022, 11, 7));
            });

    assertEquals("the use case failed", failure.getMessage());
    assertEquals(List.of(), store.regions().findAll());
    assertEquals(List.of(), store.pdus().findAll());
    assertEquals(List.of(), store.inspections().findAll());
  }

  @Test
  void unitOfWorkThatReturns_keepsEverythingItWrote() {
    int written =
        store
            .unitOfWork()
            .inTransaction(
                () -> {
                  saveUnits();
                  return store.pdus().findAll().size();
                });

    assertEquals(4, written);
    assertEquals(4, store.pdus().findAll().size());
  }

  @Test
  void nestedUnitsOfWork_joinTheOuterOne() {
    failInAUnitOfWork(
        "the outer work failed after the inner one",
        () -> {
          addNorthWestInAUnitOfWork();
          // The inner work is visible to the outer one before it commits.
          assertEquals(Optional.of(NORTH_WEST), store.regions().findById(NORTH_WEST.id()));
        });

    assertEquals(Optional.empty(), store.regions().findById(NORTH_WEST.id()));
  }

  @Test
  void conflictInsideUnitOfWork_rollsBackItsEarlierWrites() {
    saveUnits();
    ActionPlan plan = savedPlan("plan-nw", LocalDate.of(2023, 8, 1));
    ActionPlan stale = store.actionPlans().findById(plan.id()).orElseThrow();
    store.actionPlans().save(store.actionPlans().findById(plan.id()).orElseThrow());

    assertThrows(
        ConflictException.class,
        () ->
            store
                .unitOfWork()
                .inTransaction(
                    () -> {
                      store.regions().add(new Region(new RegionId("region-wales"), "Wales"));
                      return store.actionPlans().save(stale);
                    }));

    assertEquals(Optional.empty(), store.regions().findByName("Wales"));
  }

  @Test
  void readingUnitOfWork_returnsWhatItRead() {
    saveUnits();

    List<Region> regions = store.unitOfWork().reading(() -> store.regions().findAll());

    assertEquals(List.of(NORTH_EAST, NORTH_WEST), regions);
  }

  @Test
  void saveInsideReadingUnitOfWork_isRefused_andWritesNothing() {
    saveUnits();
    Region wales = new Region(new RegionId("region-wales"), "Wales");

    assertThrows(
        IllegalStateException.class,
        () ->
            store
                .unitOfWork()
                .reading(
                    () -> {
                      store.regions().findAll();
                      store.regions().add(wales);
                      return null;
                    }));

    assertEquals(Optional.empty(), store.regions().findByName("Wales"));
    // The refusal left nothing behind: the next write on this thread works.
    store.regions().add(wales);
    assertEquals(Optional.of(wales), store.regions().findByName("Wales"));
  }

  @Test
  void writeUnitOfWorkInsideReadingOne_isRefused_andWritesNothing() {
    assertThrows(
        IllegalStateException.class,
        () -> store.unitOfWork().reading(() -> addNorthWestInAUnitOfWork()));

    assertEquals(List.of(), store.regions().findAll());
  }

  @Test
  void readingUnitOfWorkInsideWriteOne_joinsIt() {
    failInAUnitOfWork(
        "the outer work failed after the read",
        () -> {
          store.regions().add(NORTH_WEST);
          // The read sees the write's work before it commits, and leaves the write
          // able to go on writing.
          assertEquals(
              Optional.of(NORTH_WEST),
              store.unitOfWork().reading(() -> store.regions().findById(NORTH_WEST.id())));
          store.regions().add(NORTH_EAST);
          assertEquals(2, store.regions().findAll().size());
        });

    assertEquals(List.of(), store.regions().findAll());
  }

  /** Adds the North West region in a unit of work of its own, or in the caller's if it has one. */
  private Object addNorthWestInAUnitOfWork() {
    return store
        .unitOfWork()
        .inTransaction(
            () -> {
              store.regions().add(NORTH_WEST);
              return null;
            });
  }
}
