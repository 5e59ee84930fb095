package org.probationinspections.application.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.in.interchange.AddresseeDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.KeyQuestionDocument;
import org.probationinspections.application.port.in.interchange.PublishedRecordDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.inspection.Assessment;
import org.probationinspections.domain.inspection.Finding;
import org.probationinspections.domain.inspection.FindingKind;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.PublicationDate;
import org.probationinspections.domain.inspection.PublishedRecord;
import org.probationinspections.domain.inspection.PublishedSummary;
import org.probationinspections.domain.inspection.StandardResult;
import org.probationinspections.domain.unit.Pdu;
import org.probationinspections.domain.unit.Region;

/** Shows an inspection in the interchange shape, and as one line of a list. */
public final class InspectionDocuments {

  private InspectionDocuments() {}

  public static InspectionDocument document(
      Inspection inspection, Pdu pdu, Region region, Framework framework) {
    Assessment assessment = inspection.assess(framework);
    List<StandardDocument> standards = new ArrayList<>();
    for (StandardDefinition definition : framework.standards()) {
      Optional<StandardResult> result = inspection.result(definition.code());
      List<String> strengths = findings(inspection, definition.code(), FindingKind.STRENGTH);
      List<String> areas =
          findings(inspection, definition.code(), FindingKind.AREA_FOR_IMPROVEMENT);
      if (result.isEmpty() && strengths.isEmpty() && areas.isEmpty()) {
        continue;
      }
      standards.add(
          new StandardDocument(
              definition.code(),
              definition.name(),
              result.map(StandardResult::rating),
              result.flatMap(StandardResult::publishedRating),
              result.map(StandardResult::keyQuestions).orElse(List.of()).stream()
                  .map(q -> new KeyQuestionDocument(q.question(), q.percentYes()))
                  .toList(),
              strengths,
              areas));
    }
    PublishedSummary published = inspection.published();
    var details = inspection.details();
    return new InspectionDocument(
        Optional.of(inspection.id().value()),
        pdu.name(),
        Optional.of(region.name()),
        inspection.frameworkId().value(),
        Optional.of(details.fieldworkStarted()),
        details.published(),
        details.leadInspector(),
        details.casesInspected().isPresent()
            ? Optional.of(details.casesInspected().getAsInt())
            : Optional.empty(),
        standards,
        Optional.of(assessment.score().value()),
        Optional.of(assessment.score().maximum()),
        assessment.overallRating(),
        published.score().isPresent()
            ? Optional.of(published.score().getAsInt())
            : Optional.empty(),
        published.maximum().isPresent()
            ? Optional.of(published.maximum().getAsInt())
            : Optional.empty(),
        published.overallText(),
        assessment.flags(),
        inspection.notes(),
        inspection.recommendations().stream()
            .map(
                r ->
                    new RecommendationDocument(
                        r.number(),
                        new AddresseeDocument(r.addressee().level(), r.addressee().name()),
                        r.text()))
            .toList(),
        inspection.publishedRecord().map(InspectionDocuments::document),
        inspection.details().judgement(),
        Optional.of(inspection.version()));
  }

  public static PublishedRecordDocument document(PublishedRecord record) {
    return new PublishedRecordDocument(
        record.source(),
        record.date().value(),
        record.date().note(),
        record.recommendations().isPresent()
            ? Optional.of(record.recommendations().getAsInt())
            : Optional.empty(),
        record.summaryOnly());
  }

  /** The domain's record of a document's {@code publishedRecord}. */
  public static PublishedRecord record(PublishedRecordDocument document) {
    return new PublishedRecord(
        document.source(),
        new PublicationDate(document.published(), document.publishedNote()),
        document.recommendations().map(OptionalInt::of).orElse(OptionalInt.empty()),
        document.summary());
  }

  public static InspectionSummary summary(
      Inspection inspection, Pdu pdu, Region region, Framework framework) {
    return summary(inspection, pdu, region, framework, inspection.recommendations().size());
  }

  /**
   * A summary line from a digest: the inspection is restored without findings and recommendation
   * texts, which its assessment does not read, and the count comes from the digest.
   */
  public static InspectionSummary summary(
      InspectionSummaries.InspectionDigest digest, Framework framework) {
    Inspection inspection =
        new Inspection(
            digest.id(),
            digest.pduId(),
            digest.frameworkId(),
            digest.details(),
            digest.results(),
            List.of(),
            List.of(),
            digest.published(),
            digest.publishedRecord(),
            digest.notes(),
            digest.version());
    return summary(
        inspection,
        new Pdu(digest.pduId(), digest.regionId(), digest.pdu(), List.of(), digest.level()),
        new Region(digest.regionId(), digest.region()),
        framework,
        digest.recommendations());
  }

  private static InspectionSummary summary(
      Inspection inspection, Pdu pdu, Region region, Framework framework, int recommendations) {
    Assessment assessment = inspection.assess(framework);
    Map<String, Rating> ratings = new LinkedHashMap<>(inspection.ratings());
    return new InspectionSummary(
        inspection.id().value(),
        pdu.id().value(),
        pdu.name(),
        region.id().value(),
        region.name(),
        inspection.frameworkId().value(),
        inspection.details().fieldworkStarted(),
        inspection.details().published(),
        assessment.score().value(),
        assessment.score().maximum(),
        assessment.overallRating(),
        ratings,
        assessment.flags(),
        recommendations,
        inspection.isSummary(),
        inspection.publishedRecord().map(PublishedRecord::source),
        inspection.publishedRecord().map(record -> record.date().describe()),
        inspection.notes().contains(InspectionSummary.GENERATED_NOTE),
        pdu.level(),
        inspection.details().judgement(),
        !inspection.isSummary()
            && assessment.overallRating().isPresent()
            && framework.overallBandsAssumed(assessment.score().maximum()));
  }

  private static List<String> findings(Inspection inspection, String code, FindingKind kind) {
    return inspection.findings().stream()
        .filter(f -> f.standardCode().equals(code) && f.kind() == kind)
        .map(Finding::text)
        .toList();
  }
}
