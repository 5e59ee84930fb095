package org.probationinspections.application.importing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.RatingBasis;
import org.probationinspections.domain.inspection.Addressee;
import org.probationinspections.domain.inspection.Finding;
import org.probationinspections.domain.inspection.FindingKind;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionDetails;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.domain.inspection.Recommendation;
import org.probationinspections.domain.theme.Wording;
import org.probationinspections.domain.unit.UnitName;

/**
 * What an inspection document adds to an inspection: its details over the stored ones, its
 * standards (read by the name the framework gives them), published ratings, findings and
 * recommendations.
 */
final class InspectionMerge {

  private InspectionMerge() {}

  /**
   * The standard under the code the framework gives its printed name, where that differs from the
   * code printed (a 2021 layout read for an inspection under a later framework); else as printed.
   */
  static StandardDocument byName(Framework framework, StandardDocument standard) {
    if (standard.name() == null || standard.name().isBlank()) {
      return standard;
    }
    String key = UnitName.key(standard.name());
    boolean codeNamesIt =
        framework
            .findStandard(standard.code())
            .filter(definition -> UnitName.key(definition.name()).equals(key))
            .isPresent();
    if (codeNamesIt) {
      return standard;
    }
    return framework.standards().stream()
        .filter(definition -> UnitName.key(definition.name()).equals(key))
        .findFirst()
        .map(
            definition ->
                new StandardDocument(
                    definition.code(),
                    standard.name(),
                    standard.rating(),
                    standard.publishedRating(),
                    standard.keyQuestions(),
                    standard.strengths(),
                    standard.areasForImprovement()))
        .orElse(standard);
  }

  /** The document's facts, filling what the stored inspection lacks. */
  static InspectionDetails merged(InspectionDetails stored, InspectionDocument document) {
    if (stored == null) {
      return new InspectionDetails(
          document.fieldworkStarted().orElseThrow(),
          document.published(),
          document.leadInspector(),
          document.casesInspected().map(OptionalInt::of).orElse(OptionalInt.empty()),
          document.judgement());
    }
    return new InspectionDetails(
        stored.fieldworkStarted(),
        stored.published().or(document::published),
        stored.leadInspector().or(document::leadInspector),
        stored.casesInspected().isPresent()
            ? stored.casesInspected()
            : document.casesInspected().map(OptionalInt::of).orElse(OptionalInt.empty()),
        stored.judgement().or(document::judgement));
  }

  static void apply(
      InspectionDocument document,
      Inspection inspection,
      Framework framework,
      List<String> remarks) {
    // The findings stored before each standard's, as a set: a report has about a hundred.
    Set<Finding> present = new HashSet<>(inspection.findings());
    for (StandardDocument printed : document.standards()) {
      StandardDocument standard = byName(framework, printed);
      var definition = framework.findStandard(standard.code());
      if (definition.isEmpty()) {
        remarks.add("standard " + standard.code() + " is not in " + framework.id() + ": ignored");
        continue;
      }
      if (!standard.keyQuestions().isEmpty()) {
        inspection.recordKeyQuestions(
            framework,
            standard.code(),
            standard.keyQuestions().stream()
                .map(q -> new KeyQuestionResult(q.question(), q.percentYes()))
                .toList());
      }
      if (standard.publishedRating().isPresent()) {
        recordPublished(inspection, framework, standard, remarks);
        if (isJudgedOtherwise(standard, definition.get().basis())) {
          recordRating(inspection, framework, standard, definition.get().basis());
        }
      } else if (standard.rating().isPresent() && standard.keyQuestions().isEmpty()) {
        recordRating(inspection, framework, standard, definition.get().basis());
      }
      present.addAll(addFindings(inspection, standard, present));
    }
    for (RecommendationDocument recommendation : document.recommendations()) {
      addRecommendation(inspection, recommendation, remarks);
    }
    if (document.publishedScore().isPresent()
        || document.publishedMaxScore().isPresent()
        || document.publishedOverallRating().isPresent()) {
      inspection.recordPublishedSummary(
          new PublishedSummary(
              document.publishedScore().map(OptionalInt::of).orElse(OptionalInt.empty()),
              document.publishedMaxScore().map(OptionalInt::of).orElse(OptionalInt.empty()),
              document.publishedOverallRating()));
    }
    document.notes().forEach(inspection::note);
  }

  /**
   * An export of a standard an inspector judged otherwise than it was published: the judgement
   * stands beside the published rating, as it did in the store it came from.
   */
  private static boolean isJudgedOtherwise(StandardDocument standard, RatingBasis basis) {
    return basis == RatingBasis.JUDGEMENT
        && standard.keyQuestions().isEmpty()
        && standard.rating().isPresent()
        && standard.rating().get() != standard.publishedRating().orElseThrow();
  }

  static void recordPublished(
      Inspection inspection, Framework framework, StandardDocument standard, List<String> remarks) {
    Rating published = standard.publishedRating().orElseThrow();
    inspection
        .result(standard.code())
        .flatMap(r -> r.publishedRating())
        .filter(stored -> stored != published)
        .ifPresent(
            stored ->
                remarks.add(
                    standard.code()
                        + " "
                        + standard.name()
                        + " published as "
                        + stored
                        + " before and as "
                        + published
                        + " in this document"));
    inspection.recordPublishedRating(framework, standard.code(), published);
  }

  static void recordRating(
      Inspection inspection, Framework framework, StandardDocument standard, RatingBasis basis) {
    Rating rating = standard.rating().orElseThrow();
    if (rating == Rating.NOT_RATED) {
      inspection.markNotRated(framework, standard.code());
    } else if (basis == RatingBasis.JUDGEMENT) {
      inspection.judge(framework, standard.code(), rating);
    } else {
      throw new RuleBrokenException(
          "rated-from-key-questions",
          standard.code()
              + " "
              + standard.name()
              + " is rated from key questions: give them, or the publishedRating");
    }
  }

  /** Adds the standard's findings not present before it; returns those it added. */
  static List<Finding> addFindings(
      Inspection inspection, StandardDocument standard, Set<Finding> present) {
    List<Finding> added = new ArrayList<>();
    for (String text : standard.strengths()) {
      added.add(new Finding(standard.code(), FindingKind.STRENGTH, text));
    }
    for (String text : standard.areasForImprovement()) {
      added.add(new Finding(standard.code(), FindingKind.AREA_FOR_IMPROVEMENT, text));
    }
    added.removeIf(present::contains);
    added.forEach(inspection::addFinding);
    return added;
  }

  static void addRecommendation(
      Inspection inspection, RecommendationDocument document, List<String> remarks) {
    Optional<Recommendation> stored = inspection.findRecommendation(document.number());
    if (stored.isEmpty()) {
      inspection.recommend(
          document.number(),
          new Addressee(document.addressee().level(), document.addressee().name()),
          document.text());
      return;
    }
    if (!Wording.same(stored.get().text(), document.text())) {
      remarks.add(
          "recommendation "
              + document.number()
              + " is worded differently in this document: \""
              + document.text()
              + "\"");
    }
  }
}
