package org.probationinspections.application.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probationinspections.application.importing.reading.ActionPlanParser;
import org.probationinspections.application.importing.reading.PduReportParser;
import org.probationinspections.application.importing.reading.RegionalLetterParser;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;

/** The seed documents as their parsers read them. */
public final class SeedDocuments {

  private SeedDocuments() {}

  public static InspectionDocument cheshireWestReport() {
    return new PduReportParser().parse(Seeds.REPORT, Seeds.text(Seeds.REPORT)).document();
  }

  public static RegionalReviewDocument northWestLetter() {
    return new RegionalLetterParser().parse(Seeds.LETTER, Seeds.text(Seeds.LETTER)).document();
  }

  public static ActionPlanDocument northWestPlan() {
    return new ActionPlanParser().parse(Seeds.PLAN, Seeds.text(Seeds.PLAN)).document();
  }

  /**
   * The recommendations of each PDU the letter covers, by the PDU's name, in the letter's order.
   */
  public static Map<String, List<RecommendationDocument>> recommendationsByPdu(
      RegionalReviewDocument letter) {
    Map<String, List<RecommendationDocument>> known = new LinkedHashMap<>();
    for (InspectionDocument inspection : letter.inspections()) {
      known.put(inspection.pdu(), inspection.recommendations());
    }
    return known;
  }
}
