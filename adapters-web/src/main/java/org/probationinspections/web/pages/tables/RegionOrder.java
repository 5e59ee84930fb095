package org.probationinspections.web.pages.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probationinspections.application.insight.port.in.DashboardUseCase.StandardColumn;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.units.port.in.PduView;
import org.probationinspections.web.BadRequestException;

/**
 * The order of a region's PDUs on its page: by name ({@code pdu}), or by the overall rating or a
 * standard's rating at their latest inspection as the league orders them; PDUs not inspected, or
 * without the value, come last. A region has a handful of PDUs, so they are sorted here.
 */
public final class RegionOrder {

  private RegionOrder() {}

  /** The sort a region's page understands: {@code pdu}, {@code overall} or a standard's key. */
  public static String key(String asked, List<StandardColumn> standards) {
    if (asked.equals("pdu") || asked.equals("overall")) {
      return asked;
    }
    return standards.stream().map(LeagueOrder::key).filter(asked::equals).findFirst().orElse("pdu");
  }

  public static List<PduView> order(
      List<PduView> pdus,
      List<InspectionSummary> latest,
      String key,
      boolean ascending,
      List<StandardColumn> standards) {
    if (key.equals("pdu")) {
      Comparator<PduView> byName = Comparator.comparing(PduView::name);
      return pdus.stream().sorted(ascending ? byName : byName.reversed()).toList();
    }
    List<InspectionSummary> sorted;
    try {
      sorted = LeagueOrder.of(key, standards).sort(latest, ascending);
    } catch (BadRequestException unknown) {
      return pdus;
    }
    Map<String, PduView> byId = new LinkedHashMap<>();
    pdus.forEach(pdu -> byId.put(pdu.id(), pdu));
    List<PduView> ordered = new ArrayList<>();
    for (InspectionSummary row : sorted) {
      PduView pdu = byId.remove(row.pduId());
      if (pdu != null) {
        ordered.add(pdu);
      }
    }
    ordered.addAll(byId.values());
    return ordered;
  }
}
