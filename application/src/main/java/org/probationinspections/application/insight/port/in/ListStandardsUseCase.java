package org.probationinspections.application.insight.port.in;

import java.util.List;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;

/** The rated standards of the frameworks, as the dashboard's and the league's columns head them. */
public interface ListStandardsUseCase {

  /** Each rated standard once, in the frameworks' order. */
  List<StandardColumn> list();
}
