package org.probationinspections.web.pages;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
import org.probationinspections.application.insight.port.in.SearchTextUseCase.Kind;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.units.port.in.ListRegionsUseCase;
import org.probationinspections.web.AsAtViews;
import org.probationinspections.web.NextPage;
import org.probationinspections.web.Params;
import org.probationinspections.web.Routes;

/** The search of recommendations, findings and actions, a page of twenty results at a time. */
public final class SearchPages {

  /** Results on one page of the search. */
  static final int PAGE = 20;

  private final AsAtViews views;
  private final ListRegionsUseCase regions;

  public SearchPages(AsAtViews views, ListRegionsUseCase regions) {
    this.views = views;
    this.regions = regions;
  }

  public void register(Routes routes) {
    routes.get("/search", this::search);
  }

  private void search(Context ctx) {
    Optional<String> q = Params.query(ctx, "q");
    Optional<String> region = Params.query(ctx, "region");
    Set<Kind> kinds = Params.choices(ctx, "kind", Kind.class);
    Optional<SearchTextUseCase.Results> results =
        q.map(
            text ->
                views
                    .insight(ctx)
                    .searchText()
                    .search(
                        new SearchTextUseCase.Query(text, kinds, region, Optional.empty()),
                        new CursorPage.Request(Params.query(ctx, "cursor"), PAGE)));
    Render.page(
        ctx,
        "search",
        new InsightModels.SearchPage(
            q,
            kinds,
            region,
            regions.names(),
            results,
            results.flatMap(r -> r.hits().next()).map(cursor -> NextPage.link(ctx, cursor)),
            Params.query(ctx, "cursor").isPresent()
                ? Optional.of(NextPage.first(ctx))
                : Optional.empty()));
  }

  /** The words of a result's title. */
  public static String title(SearchTextUseCase.Hit hit) {
    return switch (hit.kind()) {
      case RECOMMENDATION -> "Recommendation " + hit.number();
      case FINDING -> "Finding " + hit.position();
      case ACTION -> "Action " + hit.number() + "." + hit.position();
    };
  }

  /** Where a result's record is shown, at the part that holds the text. */
  public static String link(SearchTextUseCase.Hit hit) {
    return switch (hit.kind()) {
      case RECOMMENDATION -> "/inspections/" + hit.recordId() + "#recommendations";
      case FINDING -> "/inspections/" + hit.recordId() + "#standards";
      case ACTION -> "/action-plans/" + hit.recordId() + "#item-" + hit.number();
    };
  }

  /** Whose record a result is: the PDU inspected, or the region whose plan it is. */
  public static String owner(SearchTextUseCase.Hit hit) {
    return hit.pdu()
        .map(pdu -> "inspection of " + pdu + " PDU, " + hit.region())
        .orElse("action plan of " + hit.region());
  }

  /** Every kind, in the order the form offers them. */
  public static List<Kind> allKinds() {
    return List.of(Kind.values());
  }
}
