package org.probationinspections.application.inspection.port.in;

import java.util.Optional;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.Page;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.unit.UnitLevel;

/** Lists inspections, newest fieldwork first, filtered by region, PDU and year. */
public interface ListInspectionsUseCase {

  Page<InspectionSummary> list(Query query);

  /**
   * {@code latestOnly} keeps each unit's most recent inspection; {@code year} is the year fieldwork
   * started; {@code level} keeps the inspections of one level of unit (PDUs, regions, the national
   * service), and none keeps them all.
   */
  record Query(
      Optional<String> region,
      Optional<String> pdu,
      Optional<Integer> year,
      Optional<UnitLevel> level,
      boolean latestOnly,
      Page.Request page) {
    public Query {
      Require.present("region", region);
      Require.present("pdu", pdu);
      Require.present("year", year);
      Require.present("level", level);
      Require.present("page", page);
    }

    /** Of every level. */
    public Query(
        Optional<String> region,
        Optional<String> pdu,
        Optional<Integer> year,
        boolean latestOnly,
        Page.Request page) {
      this(region, pdu, year, Optional.empty(), latestOnly, page);
    }

    public static Query all() {
      return new Query(
          Optional.empty(), Optional.empty(), Optional.empty(), false, Page.Request.ALL);
    }
  }
}
