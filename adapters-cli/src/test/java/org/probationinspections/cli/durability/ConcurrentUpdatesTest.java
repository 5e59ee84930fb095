package org.probationinspections.cli.durability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.inspection.port.in.AddRecommendationUseCase;
import org.probationinspections.application.inspection.port.in.RecordInspectionUseCase;
import org.probationinspections.application.plan.port.in.AddActionUseCase;
import org.probationinspections.application.plan.port.in.DraftActionPlanUseCase;
import org.probationinspections.application.plan.port.in.RespondToRecommendationUseCase;
import org.probationinspections.application.plan.port.in.UpdateActionProgressUseCase;
import org.probationinspections.application.units.port.in.RegisterPduUseCase;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.UseCasesComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionRef;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.persistence.StoreLocation;

/** Two people update the same action at once, on a real SQLite file: one wins, one is told. */
class ConcurrentUpdatesTest {

  @TempDir Path dir;

  @Test
  void twoConcurrentUpdatesOfTheSameAction_oneSucceeds_theOtherIsAConflict_nothingIsLost()
      throws Exception {
    InspectionsComponent component =
        Wiring.open(StoreLocation.sqlite(dir.resolve("inspections.db")), List.of());
    try {
      UseCasesComponent services = component.useCases().today();
      ActionPlanId plan = planWithOneAction(services);
      ActionRef action = new ActionRef(1, 1);
      var document = services.getActionPlan().get(plan);
      long seen = document.version().orElseThrow();
      int historyBefore = history(services, plan, action);

      CyclicBarrier together = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Object>> results = new ArrayList<>();
      for (String person : List.of("Head of PDU", "Head of Performance and Quality")) {
        Callable<Object> update =
            () -> {
              together.await(10, TimeUnit.SECONDS);
              try {
                services
                    .updateActionProgress()
                    .update(
                        new UpdateActionProgressUseCase.Command(
                            plan,
                            action,
                            ActionStatus.COMPLETED,
                            "done by " + person,
                            person,
                            OptionalLong.of(seen)));
                return "ok";
              } catch (ConflictException conflict) {
                return conflict;
              }
            };
        results.add(pool.submit(update));
      }
      List<Object> outcomes = new ArrayList<>();
      for (Future<Object> result : results) {
        outcomes.add(result.get(30, TimeUnit.SECONDS));
      }
      pool.shutdown();

      assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
      ConflictException refused =
          assertInstanceOf(
              ConflictException.class,
              outcomes.stream().filter(o -> !"ok".equals(o)).findFirst().orElseThrow());
      assertEquals(
          true,
          refused.getMessage().contains("changed by someone else")
              && refused.getMessage().contains("last changed by "),
          refused.getMessage());
      assertEquals(historyBefore + 1, history(services, plan, action));
      assertEquals(seen + 1, services.getActionPlan().get(plan).version().orElseThrow());
    } finally {
      component.store().close();
    }
  }

  private static int history(UseCasesComponent services, ActionPlanId plan, ActionRef ref) {
    return services.getActionPlan().get(plan).items().stream()
        .filter(item -> item.number() == ref.itemNumber())
        .findFirst()
        .orElseThrow()
        .actions()
        .get(ref.actionNumber() - 1)
        .progress()
        .size();
  }

  /** A region, a PDU, an inspection with one recommendation, and a plan answering it. */
  private static ActionPlanId planWithOneAction(UseCasesComponent services) {
    services.registerRegion().register(new RegisterRegionUseCase.Command("North West"));
    services
        .registerPdu()
        .register(new RegisterPduUseCase.Command("North West", "Cheshire West", List.of()));
    InspectionId inspection =
        services
            .recordInspection()
            .record(
                new RecordInspectionUseCase.Command(
                    "Cheshire West",
                    new FrameworkId("hmip-probation-pdu-2021"),
                    LocalDate.of(2023, 3, 20),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.empty()));
    services
        .addRecommendation()
        .add(
            new AddRecommendationUseCase.Command(
                inspection, AddresseeLevel.PDU, "", "ensure robust management oversight"));
    ActionPlanId plan =
        services
            .draftActionPlan()
            .draft(
                new DraftActionPlanUseCase.Command(
                    "North West", Optional.empty(), LocalDate.of(2023, 8, 29)));
    services
        .respondToRecommendation()
        .respond(
            new RespondToRecommendationUseCase.Command(
                plan,
                List.of(new RecommendationRef(inspection, 1)),
                Response.AGREED,
                Optional.empty(),
                ""));
    services
        .addAction()
        .add(
            new AddActionUseCase.Command(
                plan,
                1,
                "monthly dip sample of management oversight",
                List.of("Head of PDU"),
                Optional.of(YearMonth.of(2023, 9)),
                ActionStatus.PLANNED));
    return plan;
  }
}
