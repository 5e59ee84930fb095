package org.probationinspections.application.insight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probationinspections.application.insight.port.in.ThemeView;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView;
import org.probationinspections.application.insight.port.in.ThemedRecommendationView.AssignedTheme;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.theme.Theme;
import org.probationinspections.domain.theme.ThemeMatch;
import org.probationinspections.domain.theme.ThemeOverride;
import org.probationinspections.domain.theme.ThemeTaxonomy;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;

/** Gives recommendations their themes: a person's override where there is one, else the rules. */
record ThemeAssigner(ThemeTaxonomy taxonomy, ThemeOverrideRepository overrides) {

  /** A recommendation with what its view shows of the inspection, PDU and region. */
  record Placed(
      InspectionId inspection,
      LocalDate fieldworkStarted,
      Pdu pdu,
      Region region,
      Recommendation recommendation) {

    static Placed of(RecommendationIndex.Entry entry) {
      return new Placed(
          entry.inspection().id(),
          entry.inspection().details().fieldworkStarted(),
          entry.pdu(),
          entry.region(),
          entry.recommendation());
    }

    RecommendationRef ref() {
      return new RecommendationRef(inspection, recommendation.number());
    }
  }

  /** Themes for many entries, reading the overrides once. */
  List<ThemedRecommendationView> views(List<RecommendationIndex.Entry> entries) {
    return placedViews(entries.stream().map(Placed::of).toList());
  }

  /** Themes for many recommendations, reading the overrides once. */
  List<ThemedRecommendationView> placedViews(List<Placed> placed) {
    Map<RecommendationRef, ThemeOverride> byRef =
        overrides.findAll().stream()
            .collect(Collectors.toMap(ThemeOverride::recommendation, Function.identity()));
    return placed.stream().map(p -> view(p, Optional.ofNullable(byRef.get(p.ref())))).toList();
  }

  ThemedRecommendationView view(RecommendationIndex.Entry entry) {
    return view(Placed.of(entry), overrides.find(entry.ref()));
  }

  private ThemedRecommendationView view(Placed entry, Optional<ThemeOverride> override) {
    List<AssignedTheme> byRules =
        taxonomy.classify(entry.recommendation().text()).stream().map(this::byRules).toList();
    List<AssignedTheme> themes =
        override
            .map(
                o ->
                    o.themeIds().stream()
                        .map(
                            id ->
                                new AssignedTheme(
                                    id,
                                    taxonomy.find(id).map(Theme::name).orElse(id),
                                    "PERSON",
                                    0,
                                    List.of()))
                        .toList())
            .orElse(byRules);
    return new ThemedRecommendationView(
        entry.inspection().value(),
        entry.pdu().id().value(),
        entry.pdu().name(),
        entry.region().name(),
        entry.fieldworkStarted(),
        entry.recommendation().number(),
        new AddresseeDocument(
            entry.recommendation().addressee().level(), entry.recommendation().addressee().name()),
        entry.recommendation().text(),
        themes,
        override.map(
            o ->
                new ThemedRecommendationView.Override(
                    o.by(), o.note(), o.at().toString(), byRules)));
  }

  private AssignedTheme byRules(ThemeMatch match) {
    return new AssignedTheme(
        match.themeId(),
        taxonomy.find(match.themeId()).map(Theme::name).orElse(match.themeId()),
        "RULES",
        match.score(),
        match.matchedPhrases());
  }

  static ThemeView view(Theme theme) {
    return new ThemeView(
        theme.id(),
        theme.name(),
        theme.description(),
        theme.rules().stream().map(r -> new ThemeView.Rule(r.phrase(), r.weight())).toList());
  }
}
