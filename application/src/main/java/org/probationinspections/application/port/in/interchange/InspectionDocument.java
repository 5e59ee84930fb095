package org.probationinspections.application.port.in.interchange;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.framework.Rating;

/**
 * An inspection in the one JSON shape shared by the REST API, export, import and fixtures. On the
 * way in, {@code score}, {@code maxScore}, {@code overallRating} and {@code flags} are ignored (the
 * rules compute them); {@code publishedScore}, {@code publishedMaxScore} and {@code
 * publishedOverallRating} carry what a document printed, and {@code notes} what a person must
 * review (a value an importer guessed, say). {@code publishedOverallRating} is the printed wording,
 * which may be a placeholder such as "Rating". {@code publishedRecord} says where the outcome was
 * published and whether the inspection is only that published summary. {@code judgement} is the
 * inspectors' judgement in words, where the report gives one (a dynamic inspection, which is not
 * rated, gives it instead of a rating). {@code version} is the stored version an export was made
 * from: an import refuses, merges or replaces a stored inspection that changed since (a published
 * document has none).
 */
public record InspectionDocument(
    Optional<String> id,
    String pdu,
    Optional<String> region,
    String framework,
    Optional<LocalDate> fieldworkStarted,
    Optional<YearMonth> published,
    Optional<String> leadInspector,
    Optional<Integer> casesInspected,
    List<StandardDocument> standards,
    Optional<Integer> score,
    Optional<Integer> maxScore,
    Optional<Rating> overallRating,
    Optional<Integer> publishedScore,
    Optional<Integer> publishedMaxScore,
    Optional<String> publishedOverallRating,
    List<String> flags,
    List<String> notes,
    List<RecommendationDocument> recommendations,
    Optional<PublishedRecordDocument> publishedRecord,
    Optional<String> judgement,
    Optional<Long> version) {

  public InspectionDocument {
    pdu = org.probationinspections.domain.common.Require.text("pdu", pdu);
    id = Interchange.orEmpty(id);
    region = Interchange.orEmpty(region);
    fieldworkStarted = Interchange.orEmpty(fieldworkStarted);
    published = Interchange.orEmpty(published);
    leadInspector = Interchange.orEmpty(leadInspector);
    casesInspected = Interchange.orEmpty(casesInspected);
    standards = Interchange.orEmpty("standards", standards);
    score = Interchange.orEmpty(score);
    maxScore = Interchange.orEmpty(maxScore);
    overallRating = Interchange.orEmpty(overallRating);
    publishedScore = Interchange.orEmpty(publishedScore);
    publishedMaxScore = Interchange.orEmpty(publishedMaxScore);
    publishedOverallRating = Interchange.orEmpty(publishedOverallRating);
    flags = Interchange.orEmpty("flags", flags);
    notes = Interchange.orEmpty("notes", notes);
    recommendations = Interchange.orEmpty("recommendations", recommendations);
    publishedRecord = Interchange.orEmpty(publishedRecord);
    judgement = Interchange.orEmpty(judgement).map(String::strip).filter(j -> !j.isEmpty());
    version = Interchange.orEmpty(version);
  }
}
