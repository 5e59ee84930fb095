package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ThemeHeatmapUseCase;
import org.probationinspections.application.insight.port.in.ThemeView;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationLine;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.theme.Theme;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;

/**
 * Counts each PDU's recommendations by theme (a recommendation counts once under each theme). The
 * PDUs are listed and ordered first (they are few beside their recommendations); then only the
 * page's PDUs' recommendations are read, one query a PDU with no more than a summary line needs,
 * and given themes.
 */
record ThemeHeatmapService(
    InspectionSummaries summaries, ThemeAssigner assigner, Directory directory)
    implements ThemeHeatmapUseCase {

  /** More recommendations than any PDU's inspections hold: a PDU's are read in one query. */
  private static final int ONE_PDU = 100_000;

  @Override
  public ThemeHeatmap heatmap(Optional<String> region, Page.Request page) {
    Names names = new Names(directory);
    List<Pdu> pdus =
        new ArrayList<>(
            directory.inRegionOrAll(
                region, directory.pdus()::findByRegion, directory.pdus()::findAll));
    pdus.sort(
        Comparator.comparing((Pdu pdu) -> names.region(pdu.regionId()).name())
            .thenComparing(Pdu::name));
    Page<Pdu> shown = page.of(pdus);
    List<ThemeAssigner.Placed> placed = new ArrayList<>();
    for (Pdu pdu : shown.items()) {
      Region home = names.region(pdu.regionId());
      for (RecommendationLine line :
          summaries.recommendations(
              new InspectionSummaries.RecommendationQuery(
                  Optional.empty(), Optional.of(pdu.id()), Optional.empty(), ONE_PDU))) {
        placed.add(
            new ThemeAssigner.Placed(
                line.inspection(), line.fieldworkStarted(), pdu, home, line.recommendation()));
      }
    }
    Map<String, List<ThemedRecommendationView>> byPdu = new LinkedHashMap<>();
    for (ThemedRecommendationView view : assigner.placedViews(placed)) {
      byPdu.computeIfAbsent(view.pduId(), id -> new ArrayList<>()).add(view);
    }
    List<Theme> themes = assigner.taxonomy().themes();
    List<Row> rows = new ArrayList<>();
    int maximum = 0;
    for (Pdu pdu : shown.items()) {
      List<ThemedRecommendationView> views = byPdu.getOrDefault(pdu.id().value(), List.of());
      List<Integer> counts = new ArrayList<>();
      for (Theme theme : themes) {
        int count = (int) views.stream().filter(v -> v.hasTheme(theme.id())).count();
        counts.add(count);
        maximum = Math.max(maximum, count);
      }
      rows.add(
          new Row(
              pdu.id().value(),
              pdu.name(),
              names.region(pdu.regionId()).name(),
              views.size(),
              counts));
    }
    List<ThemeView> columns = themes.stream().map(ThemeAssigner::view).toList();
    return new ThemeHeatmap(columns, rows, maximum, shown.offset(), shown.total());
  }
}
