package org.probationinspections.application.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationKey;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationLine;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.Pdu;

/** Recommendations with their themes; an unknown theme id is refused, not matched by nothing. */
record ListThemedRecommendationsService(
    RecommendationIndex index,
    ThemeAssigner assigner,
    InspectionSummaries summaries,
    Directory directory,
    UnitOfWork unitOfWork)
    implements ListThemedRecommendationsUseCase {

  @Override
  public List<ThemedRecommendationView> list(Query query) {
    checkTheme(query);
    return assigner.views(index.entries(query.region(), query.pdu())).stream()
        .filter(view -> query.theme().map(view::hasTheme).orElse(true))
        .toList();
  }

  /**
   * A page read by key from the store, in the order of {@link #list}: (fieldwork, inspection id,
   * number). Without a theme filter the store reads the page (and one more, to know whether a page
   * follows). With one, themes are computed from the text and the overrides, which the store cannot
   * filter by, so the store is read in batches of {@link #BATCH} from the cursor until the page is
   * full or the list ends: memory holds a batch, but a rare theme may scan the whole list.
   */
  @Override
  public CursorPage<ThemedRecommendationView> page(Query query, CursorPage.Request page) {
    checkTheme(query);
    Optional<RecommendationKey> after = page.cursor().map(ListThemedRecommendationsService::key);
    return unitOfWork.reading(
        () -> {
          Names names = new Names(directory);
          var region = query.region().map(name -> directory.region(name).id());
          var pdu = query.pdu().map(name -> directory.pdu(name).id());
          int wanted = page.limit() + 1;
          List<ThemedRecommendationView> items = new ArrayList<>();
          List<RecommendationKey> keys = new ArrayList<>();
          Optional<RecommendationKey> from = after;
          int batch = query.theme().isEmpty() ? wanted : Math.max(wanted, BATCH);
          while (items.size() < wanted) {
            List<RecommendationLine> lines = summaries.recommendations(region, pdu, from, batch);
            List<ThemedRecommendationView> views =
                assigner.placedViews(lines.stream().map(line -> placed(line, names)).toList());
            for (int i = 0; i < lines.size() && items.size() < wanted; i++) {
              if (query.theme().map(views.get(i)::hasTheme).orElse(true)) {
                items.add(views.get(i));
                keys.add(lines.get(i).key());
              }
            }
            if (lines.size() < batch) {
              break;
            }
            from = Optional.of(lines.get(lines.size() - 1).key());
          }
          if (items.size() <= page.limit()) {
            return new CursorPage<>(items, Optional.empty());
          }
          return new CursorPage<>(
              items.subList(0, page.limit()), Optional.of(cursor(keys.get(page.limit() - 1))));
        });
  }

  /** How many recommendations a themed page reads from the store at a time. */
  static final int BATCH = 500;

  private static ThemeAssigner.Placed placed(RecommendationLine line, Names names) {
    Pdu unit = names.pdu(line.pdu());
    return new ThemeAssigner.Placed(
        line.inspection(),
        line.fieldworkStarted(),
        unit,
        names.region(unit.regionId()),
        line.recommendation());
  }

  private static String cursor(RecommendationKey key) {
    return CursorPage.encode(
        key.fieldworkStarted().toString(), key.inspection().value(), "" + key.number());
  }

  private static RecommendationKey key(String cursor) {
    return CursorPage.decode(
        cursor,
        3,
        fields ->
            new RecommendationKey(
                LocalDate.parse(fields.get(0)),
                new InspectionId(fields.get(1)),
                Integer.parseInt(fields.get(2))));
  }

  private void checkTheme(Query query) {
    query
        .theme()
        .ifPresent(
            id ->
                assigner.taxonomy().find(id).orElseThrow(() -> new NotFoundException("Theme", id)));
  }
}
