package org.probationinspections.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.probationinspections.application.port.out.InspectionSummaries.LeagueEntry;
import org.probationinspections.application.port.out.InspectionSummaries.LeaguePage;
import org.probationinspections.application.port.out.InspectionSummaries.LeagueQuery;
import org.probationinspections.application.port.out.InspectionSummaries.LeagueValue;
import org.probationinspections.application.port.out.InspectionSummaries.Standing;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.Inspection;

/**
 * The league of the inspections held in memory, ranked by their stored standings as the SQL stores
 * rank them: a standing not stored for the inspection's present version is no value to rank by.
 */
final class InMemoryLeague {

  private InMemoryLeague() {}

  private record Row(Inspection inspection, String pdu, Double value) {}

  static LeaguePage page(InMemoryStore.Tables t, List<Inspection> latest, LeagueQuery query) {
    List<Row> rows = new ArrayList<>();
    for (Inspection inspection : latest) {
      rows.add(
          new Row(inspection, t.pdus.get(inspection.pduId()).name(), value(t, inspection, query)));
    }
    Comparator<Double> direction =
        query.ascending() ? Comparator.naturalOrder() : Comparator.reverseOrder();
    rows.sort(
        Comparator.comparing((Row row) -> row.value() == null)
            .thenComparing(Row::value, Comparator.nullsLast(direction))
            .thenComparing(Row::pdu)
            .thenComparing(row -> row.inspection().id().value()));
    List<LeagueEntry> entries = new ArrayList<>();
    int to = (int) Math.min((long) query.offset() + query.limit(), rows.size());
    for (int at = Math.min(query.offset(), rows.size()); at < to; at++) {
      Row row = rows.get(at);
      Optional<Integer> place = Optional.empty();
      if (row.value() != null) {
        int first = at;
        while (first > 0 && Objects.equals(rows.get(first - 1).value(), row.value())) {
          first--;
        }
        place = Optional.of(first + 1);
      }
      long alike =
          rows.stream().filter(other -> Objects.equals(other.value(), row.value())).count();
      entries.add(new LeagueEntry(row.inspection().id(), place, place.isPresent() && alike > 1));
    }
    return new LeaguePage(entries, rows.size());
  }

  /** The value the inspection is ranked by; null when it has none. */
  private static Double value(InMemoryStore.Tables t, Inspection inspection, LeagueQuery query) {
    switch (query.value()) {
      case STANDARD -> {
        if (!query.frameworks().contains(inspection.frameworkId())) {
          return null;
        }
        Rating rating = inspection.ratings().get(query.standard().orElseThrow());
        return rating != null && rating.isRated() ? (double) rating.ordinal() : null;
      }
      case SCORE, OVERALL -> {
        Standing standing = standing(t, inspection);
        if (standing == null || standing.overall().isEmpty()) {
          return null;
        }
        if (query.value() == LeagueValue.OVERALL) {
          Rating overall = standing.overall().get();
          return overall.isRated() ? overall.ordinal() : -1.0;
        }
        return standing.maximum() > 0 ? (double) standing.score() / standing.maximum() : null;
      }
      default -> throw new IllegalStateException("no value " + query.value());
    }
  }

  /** The standing stored for the inspection as it is now; null if none is. */
  static Standing standing(InMemoryStore.Tables t, Inspection inspection) {
    InMemoryStore.StoredStanding stored = t.standings.get(inspection.id());
    return stored != null && stored.standing().version() == inspection.version()
        ? stored.standing()
        : null;
  }

  /** Whether the inspection's standing is stored, for its present version, under these rules. */
  static boolean stands(
      InMemoryStore.Tables t, Inspection inspection, FrameworkId framework, String rules) {
    InMemoryStore.StoredStanding stored = t.standings.get(inspection.id());
    return !inspection.frameworkId().equals(framework)
        || (stored != null
            && stored.rules().equals(rules)
            && stored.standing().version() == inspection.version());
  }
}
