package org.probationinspections.domain.inspection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.domain.framework.DecisionRule;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.RatingBasis;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.unit.PduId;

/**
 * The inspection of one PDU under one framework. It guards the rating rules: computed ratings come
 * from key questions, judgements obey the decision rules, and published figures that disagree with
 * the rules are kept beside the computed ones and flagged, never overwritten.
 */
public final class Inspection {

  private final InspectionId id;
  private final PduId pduId;
  private final FrameworkId frameworkId;
  private InspectionDetails details;
  private final Map<String, StandardResult> results;
  private final List<Finding> findings;
  private final List<Recommendation> recommendations;
  private PublishedSummary published;
  private Optional<PublishedRecord> publishedRecord;
  private final List<String> notes;
  private final long version;

  /** Rebuilds a stored inspection exactly as it was saved. */
  public Inspection(
      InspectionId id,
      PduId pduId,
      FrameworkId frameworkId,
      InspectionDetails details,
      List<StandardResult> results,
      List<Finding> findings,
      List<Recommendation> recommendations,
      PublishedSummary published,
      Optional<PublishedRecord> publishedRecord,
      List<String> notes,
      long version) {
    this.id = Require.present("id", id);
    this.pduId = Require.present("pdu", pduId);
    this.frameworkId = Require.present("framework", frameworkId);
    this.details = Require.present("details", details);
    this.results = new LinkedHashMap<>();
    results.forEach(result -> this.results.put(result.code(), result));
    this.findings = new ArrayList<>(findings);
    this.recommendations = new ArrayList<>(recommendations);
    this.recommendations.sort(Comparator.comparingInt(Recommendation::number));
    this.published = Require.present("published", published);
    this.publishedRecord = Require.present("publishedRecord", publishedRecord);
    this.notes = new ArrayList<>(notes);
    this.version = version;
  }

  /** A new inspection with nothing rated yet. */
  public static Inspection open(
      InspectionId id, PduId pduId, Framework framework, InspectionDetails details) {
    return new Inspection(
        id,
        pduId,
        framework.id(),
        details,
        List.of(),
        List.of(),
        List.of(),
        PublishedSummary.NONE,
        Optional.empty(),
        List.of(),
        0);
  }

  /** This inspection as it stands, at another stored version. */
  public Inspection atVersion(long version) {
    return new Inspection(
        id,
        pduId,
        frameworkId,
        details,
        results(),
        findings,
        recommendations,
        published,
        publishedRecord,
        notes,
        version);
  }

  public void revise(InspectionDetails newDetails) {
    this.details = Require.present("details", newDetails);
  }

  /** Records a domain-2 key-question table; the standard's rating follows from rule 1. */
  public void recordKeyQuestions(
      Framework framework, String standardCode, List<KeyQuestionResult> keyQuestions) {
    StandardDefinition standard = standardOf(framework, standardCode);
    Require.notEmpty("keyQuestions", keyQuestions);
    Rating rating =
        switch (standard.basis()) {
          case KEY_QUESTIONS ->
              framework.rateFromKeyQuestions(
                  keyQuestions.stream().map(KeyQuestionResult::percentYes).toList());
          case NEVER_RATED -> Rating.NOT_RATED;
          case JUDGEMENT ->
              throw new RuleBrokenException(
                  "rated-by-judgement",
                  standard.code()
                      + " "
                      + standard.name()
                      + " is rated by judgement, not from key questions");
        };
    put(
        new StandardResult(
            standard.code(),
            rating,
            RatingSource.KEY_QUESTIONS,
            publishedRatingOf(standard.code()),
            keyQuestions));
  }

  /** Records that a standard was not rated in this inspection (court work, say). */
  public void markNotRated(Framework framework, String standardCode) {
    StandardDefinition standard = standardOf(framework, standardCode);
    putJudgement(standard, Rating.NOT_RATED);
  }

  /**
   * Records the inspectors' judgement of a standard rated by judgement (rule 4): a judgement that a
   * decision rule forbids is refused, naming the rule.
   */
  public void judge(Framework framework, String standardCode, Rating rating) {
    StandardDefinition standard = standardOf(framework, standardCode);
    Require.present("rating", rating);
    if (standard.basis() != RatingBasis.JUDGEMENT) {
      throw new RuleBrokenException(
          "rated-from-key-questions",
          standard.code()
              + " "
              + standard.name()
              + " is rated "
              + (standard.basis() == RatingBasis.NEVER_RATED
                  ? "never"
                  : "from its key questions, not by judgement"));
    }
    List<DecisionRule> broken = framework.rulesBrokenBy(standard.code(), rating, ratings());
    if (!broken.isEmpty()) {
      DecisionRule rule = broken.get(0);
      throw new RuleBrokenException(
          rule.id(),
          standard.name()
              + " cannot be judged "
              + rating.label()
              + ": decision rule '"
              + rule.id()
              + "': "
              + rule.description());
    }
    putJudgement(standard, rating);
  }

  /** A standard's rating by judgement, beside the rating the report printed, if any. */
  private void putJudgement(StandardDefinition standard, Rating rating) {
    put(
        new StandardResult(
            standard.code(),
            rating,
            RatingSource.JUDGEMENT,
            publishedRatingOf(standard.code()),
            List.of()));
  }

  /**
   * Records a rating as a document printed it (rule 5). Where the rating can be computed from key
   * questions, the computed one stays in force and a disagreement is flagged; a published judgement
   * is taken as the judgement, and a decision rule it breaks is flagged, not refused.
   */
  public void recordPublishedRating(Framework framework, String standardCode, Rating published) {
    StandardDefinition standard = standardOf(framework, standardCode);
    Require.present("publishedRating", published);
    StandardResult current = results.get(standard.code());
    if (current != null && current.source() == RatingSource.KEY_QUESTIONS) {
      put(current.withPublished(published));
      return;
    }
    RatingSource source =
        standard.basis() == RatingBasis.JUDGEMENT ? RatingSource.JUDGEMENT : RatingSource.PUBLISHED;
    Rating rating = standard.isRated() ? published : Rating.NOT_RATED;
    put(new StandardResult(standard.code(), rating, source, Optional.of(published), List.of()));
  }

  public void recordPublishedSummary(PublishedSummary summary) {
    this.published = Require.present("publishedSummary", summary);
  }

  /**
   * Records where the outcome was published. A record that is a summary does not make a full
   * inspection a summary again (the published record imported again after the report, say): it only
   * fills what the stored record lacks.
   */
  public void recordPublishedRecord(PublishedRecord record) {
    Require.present("publishedRecord", record);
    if (publishedRecord.isPresent() && !publishedRecord.get().summaryOnly()) {
      PublishedRecord stored = publishedRecord.get();
      record =
          new PublishedRecord(
              stored.source(),
              stored.date().value().isPresent() ? stored.date() : record.date(),
              stored.recommendations().isPresent()
                  ? stored.recommendations()
                  : record.recommendations(),
              false);
    }
    this.publishedRecord = Optional.of(record);
  }

  /** The full report is held now: a published summary becomes a full inspection. */
  public void completeSummary() {
    publishedRecord = publishedRecord.map(PublishedRecord::completed);
  }

  /** True while the inspection holds only a published outcome, not the full report. */
  public boolean isSummary() {
    return publishedRecord.map(PublishedRecord::summaryOnly).orElse(false);
  }

  public void addFinding(Finding finding) {
    findings.add(Require.present("finding", finding));
  }

  /** Adds the next recommendation in the single sequence across addressees. */
  public Recommendation recommend(Addressee addressee, String text) {
    int next = recommendations.stream().mapToInt(Recommendation::number).max().orElse(0) + 1;
    return recommend(next, addressee, text);
  }

  /** Adds a recommendation under the number a document gave it. */
  public Recommendation recommend(int number, Addressee addressee, String text) {
    if (findRecommendation(number).isPresent()) {
      throw new ConflictException(
          "this inspection already has a recommendation numbered " + number);
    }
    Recommendation recommendation = new Recommendation(number, addressee, text);
    recommendations.add(recommendation);
    recommendations.sort(Comparator.comparingInt(Recommendation::number));
    return recommendation;
  }

  /** Keeps a remark for a person to review, such as a value an importer had to guess. */
  public void note(String remark) {
    String text = Require.text("note", remark);
    if (!notes.contains(text)) {
      notes.add(text);
    }
  }

  /** The rating in force for each recorded standard. */
  public Map<String, Rating> ratings() {
    Map<String, Rating> ratings = new LinkedHashMap<>();
    results.forEach((code, result) -> ratings.put(code, result.rating()));
    return ratings;
  }

  /**
   * Rules 2, 3 and 5: score, overall rating and every disagreement between what was published and
   * what the rules compute. The notes (what an importer guessed, say) are kept apart.
   */
  public Assessment assess(Framework framework) {
    if (!framework.id().equals(frameworkId)) {
      throw new InvalidValueException(
          "framework", "inspection is rated under " + frameworkId + ", not " + framework.id());
    }
    return new InspectionAssessor(this, framework).assess();
  }

  public Optional<Recommendation> findRecommendation(int number) {
    return recommendations.stream().filter(r -> r.number() == number).findFirst();
  }

  public Optional<StandardResult> result(String standardCode) {
    return Optional.ofNullable(results.get(standardCode));
  }

  private void put(StandardResult result) {
    results.put(result.code(), result);
  }

  private Optional<Rating> publishedRatingOf(String code) {
    return Optional.ofNullable(results.get(code)).flatMap(StandardResult::publishedRating);
  }

  private StandardDefinition standardOf(Framework framework, String code) {
    if (!framework.id().equals(frameworkId)) {
      throw new InvalidValueException(
          "framework", "inspection is rated under " + frameworkId + ", not " + framework.id());
    }
    return framework.standard(code);
  }

  public InspectionId id() {
    return id;
  }

  public PduId pduId() {
    return pduId;
  }

  public FrameworkId frameworkId() {
    return frameworkId;
  }

  public InspectionDetails details() {
    return details;
  }

  public List<StandardResult> results() {
    return List.copyOf(results.values());
  }

  public List<Finding> findings() {
    return List.copyOf(findings);
  }

  public List<Recommendation> recommendations() {
    return List.copyOf(recommendations);
  }

  public PublishedSummary published() {
    return published;
  }

  public Optional<PublishedRecord> publishedRecord() {
    return publishedRecord;
  }

  public List<String> notes() {
    return List.copyOf(notes);
  }

  public long version() {
    return version;
  }
}
