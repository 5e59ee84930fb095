package org.probationinspections.web.pages;

import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.Routes;
import org.probationinspections.web.security.SecurityUseCases;

/**
 * The server-rendered pages, one class a feature. Handlers read parameters, call use cases and hand
 * their views to a template; forms redirect after success (303) and show refusals beside their
 * fields (422).
 */
public final class Pages {

  private Pages() {}

  public static void register(Routes routes, AsAtViews views, SecurityUseCases security) {
    UnitPages units = new UnitPages(views);
    PlanPages plans = new PlanPages(views, units);
    new DashboardPages(views).register(routes);
    new MyActionsPages(views).register(routes);
    new MyWorkPages(views).register(routes);
    units.register(routes);
    new InspectionPages(views, units).register(routes);
    new ReviewPages(views, units).register(routes);
    plans.register(routes);
    new ActionPages(views, plans).register(routes);
    new ImportPages(views).register(routes);
    new HistoryPages(security).register(routes);
    // The region filters of the insight pages list today's regions.
    new ThemePages(views, views.today().listRegions()).register(routes);
    new SearchPages(views, views.today().listRegions()).register(routes);
    new SuggestionPages(views, views.today().listRegions()).register(routes);
  }
}
