package org.probationinspections.persistence.memory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.out.ThemeOverrideRepository;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.theme.ThemeOverride;

/** Theme overrides held in memory. */
public final class InMemoryThemeOverrides implements ThemeOverrideRepository {

  private final InMemoryStore store;

  public InMemoryThemeOverrides(InMemoryStore store) {
    this.store = store;
  }

  @Override
  public Optional<ThemeOverride> find(RecommendationRef recommendation) {
    return store.read(t -> Optional.ofNullable(t.themeOverrides.get(recommendation)));
  }

  @Override
  public List<ThemeOverride> findAll() {
    return store.read(
        t ->
            t.themeOverrides.values().stream()
                .sorted(
                    Comparator.comparing(
                            (ThemeOverride o) -> o.recommendation().inspectionId().value())
                        .thenComparingInt(o -> o.recommendation().number()))
                .toList());
  }

  @Override
  public void save(ThemeOverride override) {
    store.inTransaction(
        () -> store.read(t -> t.themeOverrides.put(override.recommendation(), override)));
  }

  @Override
  public void remove(RecommendationRef recommendation) {
    store.inTransaction(() -> store.read(t -> t.themeOverrides.remove(recommendation)));
  }
}
