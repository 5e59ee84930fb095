package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.flag.Flag;
import org.probationinspections.domain.flag.FlagId;
import org.probationinspections.domain.flag.FlaggedRecord;
import org.probationinspections.domain.flag.Resolution;

/** What every adapter promises for the flags imports raise. */
abstract class FlagRepositoryContract extends StoreContract {

  private static final Instant AT = Instant.parse("2024-03-15T10:15:30Z");
  private static final FlaggedRecord INSPECTION =
      new FlaggedRecord(FlaggedRecord.Kind.INSPECTION, "insp-1");
  private static final FlaggedRecord LETTER = new FlaggedRecord(FlaggedRecord.Kind.REVIEW, "rev-1");

  private static Flag flag(String id, FlaggedRecord record, int line, Instant at) {
    return new Flag(
        new FlagId(id),
        record,
        "report.txt",
        line,
        "no number of cases found: left unknown",
        at,
        Optional.empty());
  }

  @Test
  void aFlag_roundTrips_andIsFoundByItsRecordInTheOrderRaised() {
    Flag later = flag("f-2", INSPECTION, 12, AT.plusSeconds(1));
    Flag first = flag("f-1", INSPECTION, 107, AT);
    Flag other = flag("f-3", LETTER, 5, AT);
    store.flags().save(later);
    store.flags().save(first);
    store.flags().save(other);

    assertEquals(Optional.of(first), store.flags().findById(new FlagId("f-1")));
    assertEquals(List.of(first, later), store.flags().findByRecord(INSPECTION));
    assertEquals(List.of(other), store.flags().findByRecord(LETTER));
    assertEquals(Optional.empty(), store.flags().findById(new FlagId("none")));
  }

  @Test
  void aResolvedFlag_keepsItsResolution_andIsNoLongerOpen() {
    Flag open = flag("f-1", INSPECTION, 107, AT);
    Flag stays = flag("f-2", LETTER, 3, AT.plusSeconds(2));
    store.flags().save(open);
    store.flags().save(stays);
    Flag resolved =
        open.resolve(
            new Resolution(
                Resolution.Outcome.CORRECTED,
                "34 cases, as page 6 says",
                "ann",
                AT.plusSeconds(60)));
    store.flags().save(resolved);

    assertEquals(Optional.of(resolved), store.flags().findById(open.id()));
    assertEquals(List.of(stays), store.flags().findOpen(10));
    assertEquals(List.of(resolved), store.flags().findByRecord(INSPECTION));
  }

  @Test
  void openFlags_comeOldestFirst_andNoMoreThanTheLimit() {
    store.flags().save(flag("f-3", LETTER, 1, AT.plusSeconds(3)));
    store.flags().save(flag("f-1", INSPECTION, 1, AT.plusSeconds(1)));
    store.flags().save(flag("f-2", INSPECTION, 2, AT.plusSeconds(2)));

    assertEquals(
        List.of("f-1", "f-2"),
        store.flags().findOpen(2).stream().map(flag -> flag.id().value()).toList());
  }

  @Test
  void aFlagSavedInAFailingUnitOfWork_isNotKept() {
    failInAUnitOfWork("fails after saving", () -> store.flags().save(flag("f-1", LETTER, 1, AT)));

    assertTrue(store.flags().findOpen(10).isEmpty());
  }
}
