package org.probationinspections.application.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.probationinspections.application.insight.port.in.Recomputation;
import org.probationinspections.application.insight.port.in.Recomputation.Recomputed;
import org.probationinspections.application.insight.port.in.Recomputation.StandardChange;
import org.probationinspections.application.insight.port.in.RecomputeRatingsUseCase;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.InspectionRepository;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.InspectionDigest;
import org.probationinspections.application.port.out.InspectionSummaries.Standing;
import org.probationinspections.application.port.out.InspectionSummaries.StoredStanding;
import org.probationinspections.application.port.out.UnitOfWork;
import org.probationinspections.application.shared.DryRun;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.RatingBasis;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.inspection.Inspection;
import org.probationinspections.domain.inspection.InspectionId;
import org.probationinspections.domain.inspection.KeyQuestionResult;
import org.probationinspections.domain.inspection.RatingSource;
import org.probationinspections.domain.inspection.StandardResult;

/**
 * Walks every inspection of every framework a batch at a time: a standard rated from its key
 * questions whose bands now give another rating is rated again and the inspection saved (the save
 * is audited as any other); then every stated score and overall rating is brought in step with the
 * rules, each change written to the audit trail (see {@link Standings#catchUp}). All of it is one
 * transaction, so a failure leaves every rating as it was.
 */
record RecomputeRatingsService(
    InspectionRepository inspections,
    InspectionSummaries summaries,
    FrameworkCatalog frameworks,
    Standings standings,
    RatingTrail trail,
    UnitOfWork unitOfWork)
    implements RecomputeRatingsUseCase {

  @Override
  public Recomputation recompute(boolean dryRun, IntConsumer checked) {
    return DryRun.inTransaction(
        unitOfWork,
        dryRun,
        () -> {
          List<Recomputed> changed = new ArrayList<>();
          int assessed = 0;
          for (Framework framework : frameworks.all()) {
            Optional<InspectionId> after = Optional.empty();
            while (true) {
              List<InspectionId> ids = summaries.idsUnder(framework.id(), after, Standings.BATCH);
              if (ids.isEmpty()) {
                break;
              }
              changed.addAll(rateAgain(framework, ids));
              assessed += ids.size();
              checked.accept(assessed);
              after = Optional.of(ids.get(ids.size() - 1));
            }
          }
          changed.addAll(standings.catchUp());
          return new Recomputation(assessed, changed, dryRun);
        });
  }

  /**
   * Rates again each standard of the batch rated from key questions, saves the inspections whose
   * ratings changed, and states their score and overall rating again.
   */
  private List<Recomputed> rateAgain(Framework framework, List<InspectionId> ids) {
    Map<InspectionId, List<StandardChange>> changes = new LinkedHashMap<>();
    for (InspectionDigest digest : summaries.digests(ids)) {
      List<StandardChange> standards = ratedAgain(digest.results(), framework);
      if (!standards.isEmpty()) {
        changes.put(digest.id(), standards);
      }
    }
    if (changes.isEmpty()) {
      return List.of();
    }
    List<InspectionId> changedIds = List.copyOf(changes.keySet());
    Map<InspectionId, StoredStanding> before = summaries.storedStandings(changedIds);
    for (InspectionId id : changedIds) {
      Inspection inspection = inspections.get(id);
      for (StandardChange change : changes.get(id)) {
        StandardResult result = inspection.result(change.code()).orElseThrow();
        inspection.recordKeyQuestions(framework, change.code(), result.keyQuestions());
      }
      inspections.save(inspection);
    }
    Map<InspectionId, Standing> now = new LinkedHashMap<>();
    List<Recomputed> recomputed = new ArrayList<>();
    for (InspectionDigest digest : summaries.digests(changedIds)) {
      Standing standing = Standings.standing(digest, framework);
      now.put(digest.id(), standing);
      recomputed.add(
          trail.recomputed(
              digest,
              framework,
              changes.get(digest.id()),
              Optional.ofNullable(before.get(digest.id())).map(RatingTrail::stated),
              RatingTrail.stated(standing)));
    }
    summaries.recordStandings(Standings.rules(framework), now);
    return recomputed;
  }

  /** The standards rated from key questions whose bands now give another rating. */
  private static List<StandardChange> ratedAgain(
      List<StandardResult> results, Framework framework) {
    List<StandardChange> changes = new ArrayList<>();
    for (StandardResult result : results) {
      Optional<StandardDefinition> standard = framework.findStandard(result.code());
      if (result.source() != RatingSource.KEY_QUESTIONS
          || result.keyQuestions().isEmpty()
          || standard.map(StandardDefinition::basis).orElse(null) != RatingBasis.KEY_QUESTIONS) {
        continue;
      }
      try {
        var rating =
            framework.rateFromKeyQuestions(
                result.keyQuestions().stream().map(KeyQuestionResult::percentYes).toList());
        if (rating != result.rating()) {
          changes.add(
              new StandardChange(
                  result.code(), standard.get().name(), result.rating().label(), rating.label()));
        }
      } catch (DomainException noBand) {
        // Bands that no longer cover these answers: the rating stands, as recorded.
      }
    }
    return changes;
  }
}
