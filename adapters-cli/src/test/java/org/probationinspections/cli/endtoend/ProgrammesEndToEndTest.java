package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probationinspections.application.insight.port.in.DashboardUseCase;
import org.probationinspections.application.inspection.port.in.ListInspectionsUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.testing.AllUseCases;
import org.probationinspections.application.testing.ProgrammeFixture;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.unit.UnitLevel;

/**
 * The programmes since 2021 in one SQLite file: the seeds and the real published record, a region
 * inspected in its own right (rated by the regional framework, answered by an action plan of its
 * own) and a dynamic inspection of a region (no rating, a judgement in words). The inspections of a
 * region are shown beside its PDUs', never among them.
 */
class ProgrammesEndToEndTest {

  @TempDir Path dir;

  private AllUseCases importEverything() {
    String db = dir.resolve("inspections.db").toString();
    CommandRun run = ImportedStore.seedsAndRecord(db, ProgrammeFixture.writtenTo(dir));
    assertTrue(
        run.output().contains("imported inspection " + ProgrammeFixture.REGIONAL), run.output());
    return ImportedStore.open(db);
  }

  private static List<InspectionSummary> latest(AllUseCases services, UnitLevel level) {
    return services
        .listInspections()
        .list(
            new ListInspectionsUseCase.Query(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(level),
                true,
                Page.Request.ALL))
        .items();
  }

  @Test
  void aRegionInspectedInItsOwnRight_isRatedByTheRegionalFramework_andAnsweredByItsOwnPlan() {
    AllUseCases services = importEverything();

    List<InspectionSummary> regions = latest(services, UnitLevel.REGION);
    InspectionSummary kss =
        regions.stream()
            .filter(s -> s.region().equals("Kent, Surrey and Sussex"))
            .findFirst()
            .orElseThrow();
    assertEquals("Kent, Surrey and Sussex region", kss.pdu());
    assertEquals(UnitLevel.REGION, kss.level());
    // RI 1 + I 0 + RI 1 + I 0 + RI 1 + G 2 + G 2 + RI 1 = 8 of 24: the assumed 24-point bands.
    assertEquals(8, kss.score());
    assertEquals(24, kss.maxScore());
    assertEquals(Optional.of(Rating.REQUIRES_IMPROVEMENT), kss.overallRating());

    assertTrue(
        latest(services, UnitLevel.PDU).stream().noneMatch(s -> s.level() != UnitLevel.PDU),
        "a table of PDUs holds PDUs only");
    var dashboard =
        services
            .dashboard()
            .dashboard(new DashboardUseCase.Query(Optional.empty(), Optional.empty()));
    assertTrue(dashboard.rows().stream().noneMatch(s -> s.id().equals(kss.id())));
    assertTrue(dashboard.regional().stream().anyMatch(s -> s.id().equals(kss.id())));
    assertTrue(
        dashboard.standards().stream().noneMatch(c -> c.name().equals("Statutory victim work")),
        "a region's standards are no column of the PDUs' heatmap");

    ActionPlanDocument plan =
        services.exportActionPlans().export(Optional.of("Kent, Surrey and Sussex")).stream()
            .filter(p -> p.inspectionId().equals(Optional.of(ProgrammeFixture.REGIONAL)))
            .findFirst()
            .orElseThrow();
    assertTrue(plan.reviewId().isEmpty(), "the plan answers the inspection, not a letter");
    assertEquals(2, plan.items().size());
    assertEquals(
        ProgrammeFixture.REGIONAL,
        plan.items().get(0).answers().get(0).inspectionId().orElseThrow());
    // Recommendation 3 is unanswered: the plan's scope is the inspection's three.
    assertEquals(
        List.of("unanswered: Kent, Surrey and Sussex region recommendation 3"), plan.flags());
  }

  @Test
  void aDynamicInspection_hasAJudgementInWords_andNoScore_andIsShownWithTheRegions() {
    AllUseCases services = importEverything();

    InspectionSummary dynamic =
        latest(services, UnitLevel.REGION).stream()
            .filter(s -> s.id().equals(ProgrammeFixture.DYNAMIC))
            .findFirst()
            .orElseThrow();
    assertEquals("North West region", dynamic.pdu());
    assertEquals(0, dynamic.maxScore());
    assertFalse(dynamic.overallRating().isPresent());
    assertTrue(dynamic.judgement().orElseThrow().startsWith("Public protection work"));

    var exported =
        services.exportInspections().export(Optional.of("North West"), Optional.empty()).stream()
            .filter(i -> i.id().equals(Optional.of(ProgrammeFixture.DYNAMIC)))
            .findFirst()
            .orElseThrow();
    assertTrue(exported.judgement().orElseThrow().contains("risk they pose to others"));

    CommandRun csv =
        CommandRun.of(
            "export",
            "inspections",
            "--format",
            "csv",
            "--db",
            dir.resolve("inspections.db").toString());
    assertEquals(0, csv.status(), csv.output());
    String row =
        csv.output()
            .lines()
            .filter(line -> line.startsWith("\"" + ProgrammeFixture.DYNAMIC + "\","))
            .findFirst()
            .orElseThrow();
    assertTrue(
        row.contains("hmip-probation-dynamic-2025") && row.contains("risk they pose to others"),
        "the CSV carries the framework and the judgement: " + row);
  }
}
