package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.probationinspections.persistence.Fixtures.BLACKBURN;
import static org.probationinspections.persistence.Fixtures.CHESHIRE_WEST;
import static org.probationinspections.persistence.Fixtures.GATESHEAD;
import static org.probationinspections.persistence.Fixtures.KNOWSLEY;
import static org.probationinspections.persistence.Fixtures.NORTH_EAST;
import static org.probationinspections.persistence.Fixtures.NORTH_WEST;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;

/**
 * The PDUs: found by id and by the names documents write, with their aliases; listed and counted by
 * region; a name taken twice refused; what a unit of work reads of them follows its writes.
 */
abstract class PduRepositoryContract extends StoreContract {

  @Test
  void givenPdu_findById_returnsItWithItsAliases() {
    saveUnits();

    assertEquals(Optional.of(BLACKBURN), store.pdus().findById(BLACKBURN.id()));
    assertEquals(Optional.empty(), store.pdus().findById(new PduId("unknown")));
  }

  @Test
  void pduNames_asDocumentsWriteThem_findThePdu() {
    saveUnits();

    assertEquals(Optional.of(KNOWSLEY), store.pdus().findByName("Knowsley & St Helens PDU"));
    assertEquals(Optional.of(KNOWSLEY), store.pdus().findByName("KNOWSLEY AND ST HELENS"));
    assertEquals(Optional.of(BLACKBURN), store.pdus().findByName("Blackburn"));
    assertEquals(Optional.of(BLACKBURN), store.pdus().findByName("Blackburn and Darwen PDU"));
    assertEquals(Optional.of(GATESHEAD), store.pdus().findByName("South Tyneside and Gateshead"));
    assertEquals(Optional.empty(), store.pdus().findByName("Liverpool North"));
  }

  @Test
  void pdus_findAllIsByName_andFindByRegionKeepsTheRegionsOnly() {
    saveUnits();

    assertEquals(List.of(BLACKBURN, CHESHIRE_WEST, GATESHEAD, KNOWSLEY), store.pdus().findAll());
    assertEquals(
        List.of(BLACKBURN, CHESHIRE_WEST, KNOWSLEY), store.pdus().findByRegion(NORTH_WEST.id()));
    assertEquals(List.of(GATESHEAD), store.pdus().findByRegion(NORTH_EAST.id()));
  }

  @Test
  void pdus_pagedByKey_byNameThenId_withTheirAliases_andByRegion() {
    saveUnits();
    var pdus = store.pdus();

    assertEquals(
        List.of(BLACKBURN, CHESHIRE_WEST), pdus.page(Optional.empty(), Optional.empty(), 2));
    assertEquals(
        List.of(GATESHEAD, KNOWSLEY),
        pdus.page(
            Optional.empty(),
            Optional.of(
                org.probationinspections.application.port.out.PduRepository.PduKey.of(
                    CHESHIRE_WEST)),
            2));
    assertEquals(
        List.of(CHESHIRE_WEST, KNOWSLEY),
        pdus.page(
            Optional.of(NORTH_WEST.id()),
            Optional.of(
                org.probationinspections.application.port.out.PduRepository.PduKey.of(BLACKBURN)),
            5));
    assertEquals(
        List.of(),
        pdus.page(
            Optional.empty(),
            Optional.of(
                org.probationinspections.application.port.out.PduRepository.PduKey.of(KNOWSLEY)),
            5));
  }

  @Test
  void pdus_countByRegion_countsEachRegionsPdus_andLeavesOutRegionsWithout() {
    assertEquals(java.util.Map.of(), store.pdus().countByRegion());

    saveUnits();

    assertEquals(
        java.util.Map.of(NORTH_WEST.id(), 3, NORTH_EAST.id(), 1), store.pdus().countByRegion());
  }

  @Test
  void givenPdu_savingItWithANewAlias_replacesIt() {
    saveUnits();

    Pdu renamed = CHESHIRE_WEST.withAlias("West Cheshire");
    store.pdus().save(renamed);

    assertEquals(Optional.of(renamed), store.pdus().findById(CHESHIRE_WEST.id()));
    assertEquals(Optional.of(renamed), store.pdus().findByName("Cheshire West PDU"));
    assertEquals(Optional.of(renamed), store.pdus().findByName("West Cheshire"));
    assertEquals(4, store.pdus().findAll().size());
  }

  @Test
  void givenPduName_anotherPduWithThatNameAsAlias_isRefusedWithConflict() {
    saveUnits();

    Pdu clash =
        new Pdu(PduId.newId(), NORTH_WEST.id(), "Liverpool North", List.of("Knowsley & St Helens"));

    assertThrows(ConflictException.class, () -> store.pdus().save(clash));
    assertEquals(Optional.empty(), store.pdus().findById(clash.id()));
  }

  @Test
  void newPdu_added_isFoundByIdAndName_andAnAddedIdOrTakenName_isRefused() {
    saveUnits();
    Pdu wirral = new Pdu(PduId.newId(), NORTH_WEST.id(), "Wirral", List.of("Wirral PDU"));

    store.pdus().add(wirral);

    assertEquals(Optional.of(wirral), store.pdus().findById(wirral.id()));
    assertEquals(Optional.of(wirral), store.pdus().findByName("Wirral PDU"));
    assertThrows(
        ConflictException.class,
        () -> store.pdus().add(new Pdu(wirral.id(), NORTH_WEST.id(), "Sefton", List.of())));
    assertThrows(
        ConflictException.class,
        () -> store.pdus().add(new Pdu(PduId.newId(), NORTH_WEST.id(), "Wirral", List.of())));
    assertEquals(5, store.pdus().findAll().size());
    assertEquals(Optional.of(wirral), store.pdus().findById(wirral.id()));
  }

  @Test
  void withinAUnitOfWork_aPduSavedAfterItWasRead_isReadAsSaved_andARollbackForgetsIt() {
    saveUnits();
    Pdu renamed = CHESHIRE_WEST.withAlias("Chester and Ellesmere Port");

    failInAUnitOfWork(
        "the use case failed after the save",
        () -> {
          assertEquals(Optional.of(CHESHIRE_WEST), store.pdus().findById(CHESHIRE_WEST.id()));
          assertEquals(Optional.empty(), store.pdus().findByName("Chester and Ellesmere Port"));
          store.pdus().save(renamed);
          assertEquals(Optional.of(renamed), store.pdus().findById(renamed.id()));
          assertEquals(Optional.of(renamed), store.pdus().findByName("Chester and Ellesmere Port"));
        });

    assertEquals(Optional.of(CHESHIRE_WEST), store.pdus().findById(CHESHIRE_WEST.id()));
    store.unitOfWork().inTransaction(() -> store.pdus().findById(CHESHIRE_WEST.id()));
    store.pdus().save(renamed);
    assertEquals(
        Optional.of(renamed),
        store.unitOfWork().inTransaction(() -> store.pdus().findById(CHESHIRE_WEST.id())));
  }

  @Test
  void withinAUnitOfWork_aPduLookedUpInVainByNameAndThenAdded_isFoundByThatName() {
    saveUnits();
    Pdu wirral = new Pdu(PduId.newId(), NORTH_WEST.id(), "Wirral", List.of());

    Optional<Pdu> found =
        store
            .unitOfWork()
            .inTransaction(
                () -> {
                  assertEquals(Optional.empty(), store.pdus().findByName("Wirral"));
                  store.pdus().add(wirral);
                  return store.pdus().findByName("Wirral");
                });

    assertEquals(Optional.of(wirral), found);
  }
}
