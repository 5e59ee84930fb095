package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.insight.port.in.LeagueUseCase;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.InspectionDigest;
import org.probationinspections.application.port.out.InspectionSummaries.LeagueEntry;
import org.probationinspections.application.port.out.InspectionSummaries.LeaguePage;
import org.probationinspections.application.port.out.InspectionSummaries.LeagueQuery;
import org.probationinspections.application.port.out.InspectionSummaries.LeagueValue;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.application.shared.Remembered;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * The league, ranked and paged by the store from the stored standings (caught up first, in their
 * own writes), then the page's summary lines read and made as every list makes them. A screen's
 * page is kept until the next audited change (ADR 32); a download's pages are read each time.
 */
record LeagueService(
    InspectionSummaries summaries,
    Standings standings,
    Directory directory,
    UnitOfWork unitOfWork,
    Remembered<Query, League> screens,
    Remembered<Boolean, Boolean> caughtUp)
    implements LeagueUseCase {

  /** The most rows of a page kept until the next change: a screen's, not a download's. */
  static final int KEPT_ROWS = 100;

  @Override
  public League page(Query query) {
    // Standings fall behind only when a change is saved (and audited) or the rules change (a new
    // process): caught up once for each audited change, not on every page.
    caughtUp.answer(
        true,
        () -> {
          standings.catchUp();
          return true;
        });
    return query.page().limit() <= KEPT_ROWS
        ? screens.answer(query, () -> read(query))
        : read(query);
  }

  private League read(Query query) {
    return unitOfWork.reading(
        () -> {
          LeaguePage page = summaries.league(storeQuery(query));
          List<InspectionId> ids = page.entries().stream().map(LeagueEntry::inspection).toList();
          Map<InspectionId, InspectionSummary> lines = new HashMap<>();
          for (InspectionDigest digest : summaries.digests(ids)) {
            lines.put(
                digest.id(),
                InspectionDocuments.summary(digest, directory.framework(digest.frameworkId())));
          }
          List<Row> rows = new ArrayList<>();
          for (LeagueEntry entry : page.entries()) {
            InspectionSummary line = lines.get(entry.inspection());
            if (line != null) {
              rows.add(new Row(place(entry), line));
            }
          }
          return new League(rows, page.total());
        });
  }

  private LeagueQuery storeQuery(Query query) {
    return new LeagueQuery(
        query.region().map(name -> directory.region(name).id()),
        switch (query.by()) {
          case SCORE -> LeagueValue.SCORE;
          case OVERALL -> LeagueValue.OVERALL;
          case STANDARD -> LeagueValue.STANDARD;
        },
        query.standard().map(StandardColumn::code),
        query.standard().map(LeagueService::frameworks).orElse(List.of()),
        query.ascending(),
        query.page().offset(),
        query.page().limit());
  }

  private static List<FrameworkId> frameworks(StandardColumn column) {
    return column.frameworks().stream().sorted().map(FrameworkId::new).toList();
  }

  /** "3", "=3" when shared, "–" when the row is not ranked. */
  private static String place(LeagueEntry entry) {
    return entry.place().map(place -> (entry.shared() ? "=" : "") + place).orElse("–");
  }
}
