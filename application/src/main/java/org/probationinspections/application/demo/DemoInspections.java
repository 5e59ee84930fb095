package org.probationinspections.application.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.probationinspections.application.demo.port.out.DemoWording;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.KeyQuestionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.shared.Directory;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.inspection.AddresseeLevel;

/**
 * Draws a PDU's inspection report: key-question results for the case-supervision standards,
 * judgements for the organisational ones within the framework's decision rules, and recommendations
 * to the PDU, its region and the national service.
 */
record DemoInspections(DemoWording wording) {

  static final String FRAMEWORK = "hmip-probation-pdu-2021";
  private static final String LEADERSHIP = "1.1";
  private static final String SERVICES = "1.3";
  private static final String COURT_WORK = "2.1";
  private static final List<String> ORGANISATION = List.of("1.1", "1.2", "1.3", "1.4");
  private static final List<String> CASE_SUPERVISION = List.of("2.1", "2.2", "2.3", "2.4", "2.5");

  InspectionDocument inspection(Random random, String region, String pdu, LocalDate fieldwork) {
    int quality = random.nextInt(45);
    List<StandardDocument> standards = new ArrayList<>();
    int worstCaseScore = 3;
    int bestCaseScore = 0;
    boolean courtWorkRated = random.nextInt(3) > 0;
    for (String code : CASE_SUPERVISION) {
      if (code.equals(COURT_WORK) && !courtWorkRated) {
        standards.add(
            new StandardDocument(
                code,
                wording.standard(code),
                Optional.of(Rating.NOT_RATED),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of()));
        continue;
      }
      List<KeyQuestionDocument> questions = new ArrayList<>();
      for (DemoWording.KeyQuestion question : wording.inspection().keyQuestions()) {
        int percent =
            Math.max(5, Math.min(98, 40 + quality + random.nextInt(30) - question.lowerBy()));
        questions.add(new KeyQuestionDocument(question.text(), percent));
      }
      int lowest = questions.stream().mapToInt(KeyQuestionDocument::percentYes).min().orElseThrow();
      int score = lowest >= 80 ? 3 : lowest >= 65 ? 2 : lowest >= 50 ? 1 : 0;
      worstCaseScore = Math.min(worstCaseScore, score);
      bestCaseScore = Math.max(bestCaseScore, score);
      standards.add(
          new StandardDocument(
              code,
              wording.standard(code),
              Optional.empty(),
              Optional.empty(),
              questions,
              List.of(),
              List.of()));
    }
    Rating leadershipCeiling =
        worstCaseScore == 0 ? Rating.REQUIRES_IMPROVEMENT : Rating.OUTSTANDING;
    String finding = Template.fill(wording.inspection().leadershipFinding(), "pdu", pdu);
    for (String code : ORGANISATION) {
      Rating judged = judgement(random, quality);
      if (code.equals(LEADERSHIP) && !judged.isAtMost(leadershipCeiling)) {
        judged = leadershipCeiling;
      }
      // The decision rules: every case-supervision standard Inadequate makes leadership Inadequate.
      if (code.equals(LEADERSHIP) && bestCaseScore == 0) {
        judged = Rating.INADEQUATE;
      }
      if (code.equals(SERVICES)
          && worstCaseScore == 0
          && !judged.isAtMost(Rating.REQUIRES_IMPROVEMENT)) {
        judged = Rating.REQUIRES_IMPROVEMENT;
      }
      standards.add(
          0,
          new StandardDocument(
              code,
              wording.standard(code),
              Optional.empty(),
              Optional.of(judged),
              List.of(),
              List.of(finding),
              List.of()));
    }
    // Drawn before the inspector and the number of cases, as the seed's sequence has it.
    List<RecommendationDocument> recommendations = recommendations(random, region, pdu);
    Optional<String> lead =
        Optional.of(
            Template.fill(
                wording.inspection().leadInspector(),
                "initial",
                (char) ('A' + random.nextInt(26))));
    return generated(
        pdu,
        region,
        FRAMEWORK,
        fieldwork,
        lead,
        Optional.of(30 + random.nextInt(40)),
        standards,
        recommendations);
  }

  /** A generated inspection's document, published three months after its fieldwork began. */
  private static InspectionDocument generated(
      String unit,
      String region,
      String framework,
      LocalDate fieldwork,
      Optional<String> leadInspector,
      Optional<Integer> cases,
      List<StandardDocument> standards,
      List<RecommendationDocument> recommendations) {
    return new InspectionDocument(
        Optional.empty(),
        unit,
        Optional.of(region),
        framework,
        Optional.of(fieldwork),
        Optional.of(YearMonth.from(fieldwork).plusMonths(3)),
        leadInspector,
        cases,
        standards,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(InspectionSummary.GENERATED_NOTE),
        recommendations,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The framework of a region's own inspection (since October 2023), and its standards. */
  static final String REGIONAL_FRAMEWORK = "hmip-probation-region-2023";

  private static final Map<String, String> REGIONAL_STANDARDS =
      new LinkedHashMap<>(
          Map.of(
              "1.1", "Leadership",
              "1.2", "Staffing",
              "2.1", "Desistance",
              "2.2", "Public protection",
              "2.3", "Resettlement",
              "2.4", "Unpaid work",
              "2.5", "Court work",
              "2.6", "Statutory victim work"));

  /**
   * Draws a region's inspection of its own: each standard of the regional framework judged, and
   * recommendations to the region and to the national service. The unit is named as the product
   * names a region's own ("North West region").
   */
  InspectionDocument regional(Random random, String region, LocalDate fieldwork) {
    int quality = random.nextInt(45);
    List<StandardDocument> standards = new ArrayList<>();
    REGIONAL_STANDARDS.keySet().stream()
        .sorted()
        .forEach(
            code ->
                standards.add(
                    new StandardDocument(
                        code,
                        REGIONAL_STANDARDS.get(code),
                        Optional.of(judgement(random, quality)),
                        Optional.empty(),
                        List.of(),
                        List.of(),
                        List.of())));
    List<RecommendationDocument> recommendations = new ArrayList<>();
    int count = 3 + random.nextInt(3);
    for (int n = 1; n <= count; n++) {
      boolean national = n == count;
      recommendations.add(
          new RecommendationDocument(
              n,
              new AddresseeDocument(
                  national ? AddresseeLevel.NATIONAL : AddresseeLevel.REGION,
                  national ? Directory.NATIONAL_SERVICE : region),
              recommendation(random)));
    }
    return generated(
        region + " region",
        region,
        REGIONAL_FRAMEWORK,
        fieldwork,
        Optional.empty(),
        Optional.empty(),
        standards,
        recommendations);
  }

  private List<RecommendationDocument> recommendations(Random random, String region, String pdu) {
    List<RecommendationDocument> recommendations = new ArrayList<>();
    int count = 6 + random.nextInt(7);
    for (int n = 1; n <= count; n++) {
      AddresseeLevel level =
          n <= count - 3
              ? AddresseeLevel.PDU
              : n < count ? AddresseeLevel.REGION : AddresseeLevel.NATIONAL;
      String addressee =
          switch (level) {
            case PDU -> pdu;
            case REGION -> region;
            case NATIONAL -> Directory.NATIONAL_SERVICE;
          };
      recommendations.add(
          new RecommendationDocument(
              n, new AddresseeDocument(level, addressee), recommendation(random)));
    }
    return recommendations;
  }

  /** One of the recommendations' texts, drawn. */
  String recommendation(Random random) {
    List<String> texts = wording.recommendations();
    return texts.get(random.nextInt(texts.size()));
  }

  private static Rating judgement(Random random, int quality) {
    int draw = random.nextInt(100) + quality;
    if (draw > 120) {
      return Rating.OUTSTANDING;
    }
    if (draw > 75) {
      return Rating.GOOD;
    }
    if (draw > 25) {
      return Rating.REQUIRES_IMPROVEMENT;
    }
    return Rating.INADEQUATE;
  }
}
