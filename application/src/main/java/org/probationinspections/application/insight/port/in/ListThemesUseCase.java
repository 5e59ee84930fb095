package org.probationinspections.application.insight.port.in;

import java.util.List;

/** The themes of the taxonomy, with their rules, in the taxonomy's order. */
public interface ListThemesUseCase {

  List<ThemeView> list();
}
