package org.probationinspections.application.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.insight.port.in.ListThemedRecommendationsUseCase;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationKey;
import org.probationinspections.application.port.out.InspectionSummaries.RecommendationLine;
import org.probationinspections.application.port.out.TextSearch;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.Names;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.unit.Pdu;

/** Recommendations with their themes; an unknown theme id is refused, not matched by nothing. */
record ListThemedRecommendationsService(
    RecommendationIndex index,
    ThemeAssigner assigner,
    InspectionSummaries summaries,
    InspectionRepository inspections,
    TextSearch search,
    Directory directory,
    UnitOfWork unitOfWork)
    implements ListThemedRecommendationsUseCase {

  @Override
  public List<ThemedRecommendationView> list(Query query) {
    checkTheme(query);
    List<String> words = SearchTextService.words(query.words().orElse("")).kept();
    return assigner.views(index.entries(query.region(), query.pdu())).stream()
        .filter(view -> kept(query, view))
        .filter(view -> words.isEmpty() || holdsEvery(view.text(), words))
        .toList();
  }

  @Override
  public ThemedRecommendationView get(InspectionId inspection, int number) {
    return unitOfWork.reading(
        () ->
            inspections
                .findById(inspection)
                .flatMap(
                    found ->
                        index.of(List.of(found)).stream()
                            .filter(entry -> entry.recommendation().number() == number)
                            .findFirst())
                .map(assigner::view)
                .orElseThrow(
                    () ->
                        new NotFoundException(
                            "Recommendation", inspection.value() + " " + number)));
  }

  /** The filters the store cannot apply: themes (computed) and the level addressed. */
  private static boolean kept(Query query, ThemedRecommendationView view) {
    return query.theme().map(view::hasTheme).orElse(true)
        && query.level().map(level -> level == view.addressee().level()).orElse(true);
  }

  /**
   * The whole list's word filter: every word's letters in the text (the index stems; this does
   * not).
   */
  private static boolean holdsEvery(String text, List<String> words) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return words.stream().allMatch(lower::contains);
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
    if (query.words().isPresent()) {
      return searched(query, page);
    }
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
          boolean filtered = query.theme().isPresent() || query.level().isPresent();
          int batch = filtered ? Math.max(wanted, BATCH) : wanted;
          while (items.size() < wanted) {
            List<RecommendationLine> lines =
                summaries.recommendations(
                    new InspectionSummaries.RecommendationQuery(region, pdu, from, batch));
            List<ThemedRecommendationView> views =
                assigner.placedViews(lines.stream().map(line -> placed(line, names)).toList());
            for (int i = 0; i < lines.size() && items.size() < wanted; i++) {
              if (kept(query, views.get(i))) {
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

  /**
   * A page of the recommendations holding every word, best match first, read from the full-text
   * index from the cursor's place in its ranking, in batches until the page is full (a theme or
   * level filter may pass over some). Each hit's inspection is read once a page.
   */
  private CursorPage<ThemedRecommendationView> searched(Query query, CursorPage.Request page) {
    List<String> words = SearchTextService.words(query.words().get()).kept();
    if (words.isEmpty()) {
      return new CursorPage<>(List.of(), Optional.empty());
    }
    int start = page.cursor().map(CursorPage::offset).orElse(0);
    return unitOfWork.reading(
        () -> {
          var region = query.region().map(name -> directory.region(name).id());
          var pdu = query.pdu().map(name -> directory.pdu(name).id());
          Map<InspectionId, Optional<Inspection>> read = new HashMap<>();
          int wanted = page.limit() + 1;
          boolean filtered = query.theme().isPresent() || query.level().isPresent();
          int batch = filtered ? Math.max(wanted, BATCH) : wanted;
          List<ThemedRecommendationView> items = new ArrayList<>();
          List<Integer> places = new ArrayList<>();
          int offset = start;
          while (items.size() < wanted) {
            List<TextSearch.Hit> hits =
                search.search(
                    new TextSearch.Query(
                        words, Set.of(TextSearch.Kind.RECOMMENDATION), region, pdu, offset, batch));
            List<RecommendationIndex.Entry> entries = new ArrayList<>();
            List<Integer> entryPlaces = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
              TextSearch.Hit hit = hits.get(i);
              InspectionId id = new InspectionId(hit.recordId());
              Optional<RecommendationIndex.Entry> entry =
                  read.computeIfAbsent(id, inspections::findById).stream()
                      .flatMap(inspection -> index.of(List.of(inspection)).stream())
                      .filter(e -> e.recommendation().number() == hit.number())
                      .findFirst();
              if (entry.isPresent()) {
                entries.add(entry.get());
                entryPlaces.add(offset + i);
              }
            }
            List<ThemedRecommendationView> views = assigner.views(entries);
            for (int i = 0; i < views.size() && items.size() < wanted; i++) {
              if (kept(query, views.get(i))) {
                items.add(views.get(i));
                places.add(entryPlaces.get(i));
              }
            }
            if (hits.size() < batch) {
              break;
            }
            offset += hits.size();
          }
          if (items.size() <= page.limit()) {
            return new CursorPage<>(items, Optional.empty());
          }
          return new CursorPage<>(
              items.subList(0, page.limit()),
              Optional.of(CursorPage.atOffset(places.get(page.limit() - 1) + 1)));
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
