package org.probationinspections.cli.testing;

import java.time.LocalDate;
import java.time.LocalTime;
import org.probationinspections.application.assembly.Core;
import org.probationinspections.application.importing.port.out.DocumentText;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.shared.InsightPorts;
import org.probationinspections.application.shared.Ports;
import org.probationinspections.application.shared.SecurityPorts;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.MovableClock;
import org.probationinspections.cli.wiring.StorePorts;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.plan.PlanDueClock;
import org.probationinspections.persistence.Store;
import org.probationinspections.persistence.StoreLocation;
import org.probationinspections.persistence.crypto.Argon2PasswordHasher;
import org.probationinspections.persistence.document.PublishedDocumentText;
import org.probationinspections.persistence.framework.JsonFrameworkCatalog;
import org.probationinspections.persistence.theme.JsonThemeTaxonomy;

/**
 * The core over one store with a clock the test chooses: the tests that need a clock of their own
 * build it here instead of through the composition root, with the shipped frameworks and themes.
 */
public final class StoreCore {

  private StoreCore() {}

  /** The store's out-ports, seeing {@code clock}. */
  public static Ports ports(Store store, Clock clock) {
    return StorePorts.over(store, JsonFrameworkCatalog.shipped(), clock);
  }

  /** The core over the store, its changes made by the system actor "test". */
  public static Core core(Store store, Clock clock, DocumentText documents) {
    return new Core(
        ports(store, clock),
        new SecurityPorts(
            store.users(),
            store.apiTokens(),
            store.auditLog(),
            new Argon2PasswordHasher(),
            () -> Actor.system("test")),
        new InsightPorts(
            JsonThemeTaxonomy.shipped(),
            store.themeOverrides(),
            store.consolidationDecisions(),
            new PlanDueClock(PlanDueClock.DEFAULT_DAYS),
            org.probationinspections.persistence.wording.LuceneWording.consolidator()),
        documents);
  }

  /**
   * Every use case over a new in-memory store, its clock at ten in the morning of {@code day},
   * reading PDF files and web pages as the command line does.
   */
  public static AllUseCases inMemory(LocalDate day) {
    return new AllUseCases(
        core(
            Store.open(StoreLocation.memory()),
            new MovableClock(day, LocalTime.of(10, 0)),
            new PublishedDocumentText()));
  }
}
