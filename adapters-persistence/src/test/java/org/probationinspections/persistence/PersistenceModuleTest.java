package org.probationinspections.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dagger.Component;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.port.out.ActionPlanRepository;
import org.probationinspections.application.port.out.ImportLedger;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.PduRepository;
import org.probationinspections.application.port.out.RegionRepository;
import org.probationinspections.application.port.out.ReviewRepository;
import org.probationinspections.application.port.out.UnitOfWork;

/** The Dagger module wires every port from one store, as a composition root would use it. */
class PersistenceModuleTest {

  @Singleton
  @Component(modules = PersistenceModule.class)
  interface Ports {
    RegionRepository regions();

    PduRepository pdus();

    InspectionRepository inspections();

    ReviewRepository reviews();

    ActionPlanRepository actionPlans();

    ImportLedger importLedger();

    UnitOfWork unitOfWork();

    Store store();
  }

  @TempDir Path folder;

  @Test
  void module_providesEveryPortFromOneSqliteStore() {
    Ports ports =
        DaggerPersistenceModuleTest_Ports.builder()
            .persistenceModule(
                new PersistenceModule(StoreLocation.sqlite(folder.resolve("wired.db"))))
            .build();

    ports
        .unitOfWork()
        .inTransaction(
            () -> {
              ports.regions().add(Fixtures.NORTH_WEST);
              ports.pdus().save(Fixtures.KNOWSLEY);
              return null;
            });

    assertSame(ports.store(), ports.store());
    assertSame(ports.regions(), ports.store().regions());
    assertEquals(List.of(Fixtures.KNOWSLEY), ports.pdus().findByRegion(Fixtures.NORTH_WEST.id()));
  }
}
