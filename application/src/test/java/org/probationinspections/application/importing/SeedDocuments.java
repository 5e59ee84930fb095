package org.probationinspections.application.importing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.RegionalReviewDocument;
import org.probationinspections.application.testing.Seeds;

/** The North West seed letter and plan as their parsers read them. */
final class SeedDocuments {

  private SeedDocuments() {}

  static RegionalReviewDocument northWestLetter() {
    return new RegionalLetterParser().parse(Seeds.LETTER, Seeds.text(Seeds.LETTER)).document();
  }

  static ActionPlanDocument northWestPlan() {
    return new ActionPlanParser().parse(Seeds.PLAN, Seeds.text(Seeds.PLAN)).document();
  }

  /**
   * The recommendations of each PDU the letter covers, by the PDU's name, in the letter's order.
   */
  static Map<String, List<RecommendationDocument>> recommendationsByPdu(
      RegionalReviewDocument letter) {
    Map<String, List<RecommendationDocument>> known = new LinkedHashMap<>();
    for (InspectionDocument inspection : letter.inspections()) {
      known.put(inspection.pdu(), inspection.recommendations());
    }
    return known;
  }
}
