package org.probationinspections.application.insight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase.MonthCount;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase.RegionCharts;
import org.probationinspections.application.insight.port.in.RegionChartsUseCase.ThemeCount;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationKey;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationLine;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationQuery;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.testing.FixedClock;
import org.probationinspections.application.testing.MemoryActionPlans;
import org.probationinspections.application.testing.MemoryPdus;
import org.probationinspections.application.testing.MemoryRegions;
import org.probationinspections.application.testing.NoFrameworks;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.plan.Action;
import org.probationinspections.domain.plan.ActionPlan;
import org.probationinspections.domain.plan.ActionPlanId;
import org.probationinspections.domain.plan.ActionStatus;
import org.probationinspections.domain.plan.ProgressUpdate;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.plan.Response;
import org.probationinspections.domain.plan.TargetRevision;
import org.probationinspections.domain.theme.Theme;
import org.probationinspections.domain.theme.ThemeOverride;
import org.probationinspections.domain.theme.ThemeRule;
import org.probationinspections.domain.theme.ThemeTaxonomy;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.PduId;
import org.probationinspections.domain.unit.Region;
import org.probationinspections.domain.unit.RegionId;

/**
 * A region's charts' counts on small hand-made plans and recommendations: actions overdue at each
 * month's end (done before or after it, target passed or not, deferred, a plan submitted later),
 * and recommendations by theme, none of another region's counted.
 */
class RegionChartsServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  private static final YearMonth FEBRUARY = YearMonth.of(2024, 2);

  private final MemoryRegions regions = new MemoryRegions();
  private final MemoryPdus pdus = new MemoryPdus();
  private final MemoryActionPlans plans = new MemoryActionPlans();
  private final List<RecommendationLine> lines = new ArrayList<>();
  private final Region northWest = new Region(RegionId.newId(), "North West");
  private final Region wales = new Region(RegionId.newId(), "Wales");
  private final Pdu cheshire = new Pdu(PduId.newId(), northWest.id(), "Cheshire West", List.of());
  private final Pdu cardiff = new Pdu(PduId.newId(), wales.id(), "Cardiff", List.of());

  RegionChartsServiceTest() {
    regions.add(northWest);
    regions.add(wales);
    pdus.save(cheshire);
    pdus.save(cardiff);
  }

  private RegionCharts charts(String region) {
    ThemeTaxonomy taxonomy =
        new ThemeTaxonomy(
            "test",
            1,
            List.of(
                theme("risk", "Risk", "risk"),
                theme("staffing", "Staffing", "staff"),
                theme("workload", "Workload", "caseload"),
                theme("courts", "Courts", "court")));
    return new RegionChartsService(
            plans,
            recommendationsOnly(),
            new ThemeAssigner(taxonomy, noOverrides()),
            new Directory(regions, pdus, new NoFrameworks()),
            new FixedClock(TODAY))
        .charts(region);
  }

  @Test
  void givenTwoPlans_countsTheActionsOverdueAtEachMonthsEnd_fromTheFirstPlansMonth() {
    ActionPlan first = plan(northWest, LocalDate.of(2024, 1, 10));
    // Overdue from the end of March (its target, February, passed) and still open.
    first.addAction(1, action(FEBRUARY, ActionStatus.IN_PROGRESS));
    // Overdue at the end of March only: done on 10 April.
    first.addAction(
        1,
        action(
            FEBRUARY,
            ActionStatus.COMPLETED,
            report(LocalDate.of(2024, 3, 1), ActionStatus.IN_PROGRESS),
            report(LocalDate.of(2024, 4, 10), ActionStatus.COMPLETED)));
    // Done on 20 February, before its target passed: never overdue.
    first.addAction(
        1,
        action(
            FEBRUARY,
            ActionStatus.COMPLETED,
            report(LocalDate.of(2024, 2, 20), ActionStatus.COMPLETED)));
    // Target May: not passed at the end of May, passed by 15 June (today).
    first.addAction(1, action(YearMonth.of(2024, 5), ActionStatus.PLANNED));
    // Target January, deferred on 5 March to July: overdue at the end of February only.
    first.addAction(
        1,
        new Action(
            "Recruit two officers",
            List.of("Head of PDU"),
            Optional.of(YearMonth.of(2024, 7)),
            ActionStatus.PLANNED,
            List.of(),
            List.of(
                new TargetRevision(
                    Optional.of(YearMonth.of(2024, 1)),
                    YearMonth.of(2024, 7),
                    "recruitment delayed",
                    "Head of PDU",
                    LocalDate.of(2024, 3, 5)))));
    plans.save(first);
    // Submitted on 20 April with a target already passed: counted from April.
    ActionPlan later = plan(northWest, LocalDate.of(2024, 4, 20));
    later.addAction(1, action(YearMonth.of(2024, 3), ActionStatus.PLANNED));
    plans.save(later);
    // Another region's overdue action is not this region's.
    ActionPlan elsewhere = plan(wales, LocalDate.of(2023, 1, 10));
    elsewhere.addAction(1, action(YearMonth.of(2023, 2), ActionStatus.PLANNED));
    plans.save(elsewhere);

    RegionCharts charts = charts("North West");

    assertEquals(TODAY, charts.asOf());
    assertEquals(2, charts.plans());
    assertEquals(
        List.of(
            new MonthCount(YearMonth.of(2024, 1), 0),
            new MonthCount(YearMonth.of(2024, 2), 1),
            new MonthCount(YearMonth.of(2024, 3), 2),
            new MonthCount(YearMonth.of(2024, 4), 2),
            new MonthCount(YearMonth.of(2024, 5), 2),
            new MonthCount(YearMonth.of(2024, 6), 3)),
        charts.overdue());
  }

  @Test
  void givenAPlanOlderThanTwoYears_coversTheLast24MonthsUpToTodaysMonth() {
    ActionPlan old = plan(wales, LocalDate.of(2021, 5, 3));
    old.addAction(1, action(YearMonth.of(2022, 12), ActionStatus.PLANNED));
    plans.save(old);

    List<MonthCount> overdue = charts(wales.id().value()).overdue();

    assertEquals(24, overdue.size());
    assertEquals(new MonthCount(YearMonth.of(2022, 7), 0), overdue.get(0));
    assertEquals(new MonthCount(YearMonth.of(2022, 12), 0), overdue.get(5));
    assertEquals(new MonthCount(YearMonth.of(2023, 1), 1), overdue.get(6));
    assertEquals(new MonthCount(YearMonth.of(2024, 6), 1), overdue.get(23));
  }

  @Test
  void givenNoPlan_noMonths() {
    RegionCharts charts = charts("North West");
    assertEquals(0, charts.plans());
    assertEquals(List.of(), charts.overdue());
  }

  @Test
  void countsTheRegionsRecommendationsByTheme_mostFirstThenByName_noEmptyTheme() {
    recommend(cheshire, 1, "Improve the quality of risk assessment");
    recommend(cheshire, 2, "Recruit staff to reduce caseload");
    recommend(cheshire, 3, "Train staff in risk management");
    recommend(cheshire, 4, "Keep each caseload within limits");
    recommend(cheshire, 5, "Induct new staff");
    recommend(cheshire, 6, "Tidy the estate");
    recommend(cardiff, 1, "Support court work");

    RegionCharts charts = charts("North West");

    assertEquals(6, charts.recommendations());
    assertEquals(
        List.of(
            new ThemeCount("staffing", "Staffing", 3),
            new ThemeCount("risk", "Risk", 2),
            new ThemeCount("workload", "Workload", 2)),
        charts.themes());
  }

  @Test
  void anUnknownRegion_isNotFound() {
    assertThrows(NotFoundException.class, () -> charts("Atlantis"));
  }

  private static Theme theme(String id, String name, String phrase) {
    return new Theme(id, name, "", List.of(new ThemeRule(phrase, 1)));
  }

  private static ActionPlan plan(Region region, LocalDate submitted) {
    ActionPlan plan =
        ActionPlan.draft(ActionPlanId.newId(), region.id(), Optional.empty(), submitted);
    plan.respond(
        List.of(new RecommendationRef(InspectionId.newId(), 1)),
        Response.AGREED,
        Optional.empty(),
        "Agreed.");
    return plan;
  }

  private static Action action(YearMonth target, ActionStatus status, ProgressUpdate... reports) {
    return new Action(
        "Train staff",
        List.of("Head of PDU"),
        Optional.of(target),
        status,
        List.of(reports),
        List.of());
  }

  private static ProgressUpdate report(LocalDate on, ActionStatus status) {
    return new ProgressUpdate(on, status, "", "Head of PDU");
  }

  private void recommend(Pdu pdu, int number, String text) {
    lines.add(
        new RecommendationLine(
            new InspectionId("inspection-" + pdu.name()),
            pdu.id(),
            LocalDate.of(2023, 9, 4),
            new Recommendation(number, new Addressee(AddresseeLevel.PDU, pdu.name()), text)));
  }

  private static final Comparator<RecommendationKey> KEY_ORDER =
      Comparator.comparing(RecommendationKey::fieldworkStarted)
          .thenComparing(key -> key.inspection().value())
          .thenComparingInt(RecommendationKey::number);

  /** The store's read of recommendations, by region, in key order; nothing else is asked of it. */
  private InspectionSummaries recommendationsOnly() {
    return (InspectionSummaries)
        Proxy.newProxyInstance(
            InspectionSummaries.class.getClassLoader(),
            new Class<?>[] {InspectionSummaries.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("recommendations")) {
                throw new UnsupportedOperationException(method.getName());
              }
              RecommendationQuery query = (RecommendationQuery) args[0];
              return lines.stream()
                  .filter(
                      line ->
                          query
                              .region()
                              .map(
                                  region ->
                                      pdus.findById(line.pdu())
                                          .orElseThrow()
                                          .regionId()
                                          .equals(region))
                              .orElse(true))
                  .sorted(Comparator.comparing(RecommendationLine::key, KEY_ORDER))
                  .filter(
                      line ->
                          query.after().map(a -> KEY_ORDER.compare(line.key(), a) > 0).orElse(true))
                  .limit(query.limit())
                  .toList();
            });
  }

  private static ThemeOverrideRepository noOverrides() {
    return new ThemeOverrideRepository() {
      @Override
      public Optional<ThemeOverride> find(RecommendationRef recommendation) {
        return Optional.empty();
      }

      @Override
      public List<ThemeOverride> findAll() {
        return List.of();
      }

      @Override
      public void save(ThemeOverride override) {
        throw new UnsupportedOperationException("save");
      }

      @Override
      public void remove(RecommendationRef recommendation) {
        throw new UnsupportedOperationException("remove");
      }
    };
  }
}
