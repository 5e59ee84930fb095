package org.probationinspections.application.port.out;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.theme.ThemeOverride;

/** The themes people chose for recommendations, one override a recommendation at most. */
public interface ThemeOverrideRepository {

  Optional<ThemeOverride> find(RecommendationRef recommendation);

  List<ThemeOverride> findAll();

  /** Inserts or replaces the override of its recommendation. */
  void save(ThemeOverride override);

  /** Removes the recommendation's override, if any, so that the rules apply again. */
  void remove(RecommendationRef recommendation);
}
