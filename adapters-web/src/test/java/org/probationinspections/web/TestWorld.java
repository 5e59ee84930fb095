package org.probationinspections.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.service.Ports;
import org.probationinspections.application.service.Services;
import org.probationinspections.persistence.framework.JsonFrameworkCatalog;
import org.probationinspections.persistence.memory.InMemoryActionPlans;
import org.probationinspections.persistence.memory.InMemoryActionSummaries;
import org.probationinspections.persistence.memory.InMemoryImportLedger;
import org.probationinspections.persistence.memory.InMemoryInspectionSummaries;
import org.probationinspections.persistence.memory.InMemoryInspections;
import org.probationinspections.persistence.memory.InMemoryPdus;
import org.probationinspections.persistence.memory.InMemoryRegions;
import org.probationinspections.persistence.memory.InMemoryReviews;
import org.probationinspections.persistence.memory.InMemoryStore;

/**
 * The real use cases over the in-memory adapter and the shipped framework, with the clock fixed at
 * {@link #TODAY}, and the web app built from them as the composition root would.
 */
public final class TestWorld {

  /** A day after most of the fixture plan's target months, so that some actions are overdue. */
  public static final LocalDate TODAY = LocalDate.of(2024, 3, 15);

  public final Services services;
  public final WebApp web;

  public TestWorld() {
    InMemoryStore store = new InMemoryStore();
    Clock clock =
        new Clock() {
          @Override
          public Instant now() {
            return TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
          }

          @Override
          public LocalDate today() {
            return TODAY;
          }
        };
    services =
        new Services(
            new Ports(
                new InMemoryRegions(store),
                new InMemoryPdus(store),
                new InMemoryInspections(store),
                new InMemoryReviews(store),
                new InMemoryActionPlans(store),
                JsonFrameworkCatalog.shipped(),
                new InMemoryImportLedger(store),
                store,
                clock,
                new InMemoryInspectionSummaries(store),
                new InMemoryActionSummaries(store)));
    web = new WebApp(useCases(services));
  }

  /** What the composition root hands the web module, built the same way. */
  public static WebUseCases useCases(Services s) {
    return useCases(s, s.listRegions());
  }

  /** As {@link #useCases(Services)}, with another way of listing regions (a failing one, say). */
  public static WebUseCases useCases(
      Services s, org.probationinspections.application.port.in.ListRegionsUseCase listRegions) {
    return WebModule.webUseCases(
        s.registerRegion(),
        listRegions,
        s.registerPdu(),
        s.addPduAlias(),
        s.listPdus(),
        s.recordInspection(),
        s.recordKeyQuestionResults(),
        s.judgeStandard(),
        s.addRecommendation(),
        s.importInspection(),
        s.listInspections(),
        s.getInspection(),
        s.exportInspections(),
        s.publishRegionalReview(),
        s.listRegionalReviews(),
        s.getRegionalReview(),
        s.draftActionPlan(),
        s.listActionPlans(),
        s.getActionPlan(),
        s.respondToRecommendation(),
        s.addAction(),
        s.updateActionProgress(),
        s.retargetAction(),
        s.listOverdueActions(),
        s.dashboard(),
        s.importPublishedDocument(),
        s.importRegionalReview(),
        s.importActionPlan());
  }
}
