package org.probationinspections.application.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.testing.DirectUnitOfWork;
import org.probationinspections.application.testing.MemoryPdus;
import org.probationinspections.application.testing.MemoryRegions;
import org.probationinspections.application.testing.NoFrameworks;
import org.probationinspections.application.units.port.in.AddPduAliasUseCase;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.RegionId;

/** The rules of regions and PDUs, on the services over small in-memory fakes of the ports. */
class UnitsServicesTest {

  private final MemoryRegions regions = new MemoryRegions();
  private final MemoryPdus pdus = new MemoryPdus();
  private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();
  private final Directory directory = new Directory(regions, pdus, new NoFrameworks());

  // Built as the composition root builds them: the factory gives each its transaction.
  private final UnitServices units =
      new UnitServices(
          new Ports(
              regions,
              pdus,
              null,
              null,
              null,
              new NoFrameworks(),
              null,
              unitOfWork,
              null,
              null,
              null,
              null,
              null));
  private final RegisterRegionUseCase registerRegion = units.registerRegion();
  private final RegisterPduUseCase registerPdu = units.registerPdu();
  private final AddPduAliasUseCase addAlias = new AddPduAliasService(directory, unitOfWork);
  private final ListRegionsUseCase listRegions = new ListRegionsService(regions, pdus);

  @Test
  void aRegionsName_isTakenOnce_howeverItIsWritten() {
    RegionId northWest = registerRegion.register(new RegisterRegionUseCase.Command("North West"));

    assertThrows(
        ConflictException.class,
        () -> registerRegion.register(new RegisterRegionUseCase.Command("north  west")));
    assertEquals(List.of(northWest), regions.findAll().stream().map(r -> r.id()).toList());
    assertEquals(2, unitOfWork.transactions());
  }

  @Test
  void aPdu_isRegisteredInARegionNamedOrById_andAnUnknownRegionIsNotFound() {
    RegionId northWest = registerRegion.register(new RegisterRegionUseCase.Command("North West"));

    registerPdu.register(new RegisterPduUseCase.Command("North West", "Cheshire", List.of()));
    registerPdu.register(
        new RegisterPduUseCase.Command(northWest.value(), "Knowsley", List.of("Knowsley PDU")));

    assertEquals(2, pdus.findByRegion(northWest).size());
    assertThrows(
        NotFoundException.class,
        () -> registerPdu.register(new RegisterPduUseCase.Command("Wales", "Cardiff", List.of())));
  }

  @Test
  void anAlias_findsThePdu_butANameOfAnotherPduIsRefused() {
    registerRegion.register(new RegisterRegionUseCase.Command("North West"));
    PduId cheshire =
        registerPdu.register(new RegisterPduUseCase.Command("North West", "Cheshire", List.of()));
    registerPdu.register(new RegisterPduUseCase.Command("North West", "Knowsley", List.of()));

    addAlias.addAlias(new AddPduAliasUseCase.Command(cheshire, "Cheshire East and West"));

    assertEquals("Cheshire", directory.pdu("Cheshire East and West").name());
    assertThrows(
        ConflictException.class,
        () -> addAlias.addAlias(new AddPduAliasUseCase.Command(cheshire, "Knowsley")));
    assertEquals(List.of("Cheshire East and West"), directory.pdu(cheshire).aliases());
    assertThrows(
        NotFoundException.class,
        () -> addAlias.addAlias(new AddPduAliasUseCase.Command(PduId.newId(), "The Wirral")));
  }

  @Test
  void regions_areListedWithTheirNumberOfPdus_noneForARegionWithout() {
    registerRegion.register(new RegisterRegionUseCase.Command("North West"));
    registerRegion.register(new RegisterRegionUseCase.Command("Wales"));
    registerPdu.register(new RegisterPduUseCase.Command("North West", "Cheshire", List.of()));
    registerPdu.register(new RegisterPduUseCase.Command("North West", "Knowsley", List.of()));

    assertEquals(
        List.of("North West 2", "Wales 0"),
        listRegions.list().stream().map(region -> region.name() + " " + region.pdus()).toList());
  }
}
