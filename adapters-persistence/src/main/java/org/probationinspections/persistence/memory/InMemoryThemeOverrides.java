package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.theme.ThemeOverride;

/** Theme overrides held in memory. */
public final class InMemoryThemeOverrides extends InMemoryTable<RecommendationRef, ThemeOverride>
    implements ThemeOverrideRepository {

  public InMemoryThemeOverrides(InMemoryStore store) {
    super(
        store,
        t -> t.themeOverrides,
        Comparator.comparing((ThemeOverride o) -> o.recommendation().inspectionId().value())
            .thenComparingInt(o -> o.recommendation().number()));
  }

  @Override
  public Optional<ThemeOverride> find(RecommendationRef recommendation) {
    return stored(recommendation);
  }

  @Override
  public List<ThemeOverride> findAll() {
    return sorted(any -> true);
  }

  @Override
  public void save(ThemeOverride override) {
    put(override.recommendation(), override);
  }

  @Override
  public void remove(RecommendationRef recommendation) {
    delete(recommendation);
  }
}
