package org.probationinspections.application.insight;

import java.util.List;
import org.probationinspections.application.insight.port.in.ListThemesUseCase;
import org.probationinspections.application.insight.port.in.ThemeView;

/** The taxonomy's themes with their rules. */
record ListThemesService(ThemeAssigner assigner) implements ListThemesUseCase {

  @Override
  public List<ThemeView> list() {
    return assigner.taxonomy().themes().stream().map(ThemeAssigner::view).toList();
  }
}
