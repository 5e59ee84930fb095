package org.probationinspections.application.testing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;

/** Inspection documents as the tests write them: a unit, a framework, a day, what they test. */
public final class InspectionDocumentOf {

  private InspectionDocumentOf() {}

  /**
   * A new inspection of {@code unit} in {@code region} under {@code framework}, its fieldwork begun
   * on {@code fieldwork}, with no standard rated, the recommendations and judgement given, and
   * nothing published.
   */
  public static InspectionDocument inspection(
      String unit,
      String region,
      String framework,
      LocalDate fieldwork,
      List<RecommendationDocument> recommendations,
      Optional<String> judgement) {
    return new InspectionDocument(
        Optional.empty(),
        unit,
        Optional.of(region),
        framework,
        Optional.of(fieldwork),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        recommendations,
        Optional.empty(),
        judgement,
        Optional.empty());
  }
}
