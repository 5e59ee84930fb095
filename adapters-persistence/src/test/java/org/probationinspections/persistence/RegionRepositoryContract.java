package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/**
 * The regions: found by id and by any name a document gives them, listed by name, a name taken
 * twice refused.
 */
abstract class RegionRepositoryContract extends StoreContract {

  @Test
  void givenRegion_findByIdAndByDocumentName_returnIt() {
    saveUnits();

    assertEquals(Optional.of(NORTH_WEST), store.regions().findById(NORTH_WEST.id()));
    assertEquals(Optional.of(NORTH_WEST), store.regions().findByName("North West region"));
    assertEquals(Optional.of(NORTH_WEST), store.regions().findByName("north-west"));
    assertEquals(Optional.empty(), store.regions().findByName("Wales"));
    assertEquals(Optional.empty(), store.regions().findById(new RegionId("unknown")));
  }

  @Test
  void regions_findAll_isByName() {
    saveUnits();

    assertEquals(List.of(NORTH_EAST, NORTH_WEST), store.regions().findAll());
  }

  @Test
  void givenRegionName_addingItAgainAsWrittenDifferently_isRefusedWithConflict() {
    saveUnits();

    assertThrows(
        ConflictException.class,
        () -> store.regions().add(new Region(RegionId.newId(), "North West Region")));
    assertEquals(2, store.regions().findAll().size());
  }

  @Test
  void withinAUnitOfWork_aRegionLookedUpInVainAndThenAdded_isFound() {
    Region wales = new Region(new RegionId("region-wales"), "Wales");

    Optional<Region> found =
        store
            .unitOfWork()
            .inTransaction(
                () -> {
                  assertEquals(Optional.empty(), store.regions().findById(wales.id()));
                  store.regions().add(wales);
                  return store.regions().findById(wales.id());
                });

    assertEquals(Optional.of(wales), found);
  }
}
