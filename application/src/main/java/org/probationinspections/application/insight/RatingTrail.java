package org.probationinspections.application.insight;

import java.util.List;
import java.util.Optional;
import org.probationinspections.application.insight.port.in.Recomputation.Recomputed;
import org.probationinspections.application.insight.port.in.Recomputation.StandardChange;
import org.probationinspections.application.insight.port.in.Recomputation.StatedRating;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.Clock;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.InspectionSummaries.InspectionDigest;
import org.probationinspections.application.port.out.InspectionSummaries.Standing;
import org.probationinspections.application.port.out.InspectionSummaries.StoredStanding;
import org.probationinspections.application.shared.RecordTypes;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.Rating;

/**
 * Writes to the audit trail each score and overall rating that the rules in force state otherwise
 * than the product last did, in the name of the current actor, and says what changed.
 */
record RatingTrail(AuditLog log, CurrentActor actor, Clock clock) {

  /**
   * An inspection's ratings recomputed: an entry is written when its stated rating changed from one
   * known before; the change is returned to be listed.
   */
  Recomputed recomputed(
      InspectionDigest digest,
      Framework framework,
      List<StandardChange> standards,
      Optional<StatedRating> before,
      StatedRating after) {
    if (before.isPresent() && !before.get().equals(after)) {
      log.record(
          new AuditLog.Change(
              clock.now(),
              actor.actor().name(),
              RecordTypes.RATING,
              digest.id().value(),
              before,
              Optional.of(after),
              AuditLog.Kept.FIELDS));
    }
    return new Recomputed(
        digest.id().value(),
        digest.pdu(),
        digest.region(),
        digest.details().fieldworkStarted(),
        framework.id().value(),
        standards,
        before,
        after);
  }

  static StatedRating stated(Standing standing) {
    return new StatedRating(
        standing.score(), standing.maximum(), standing.overall().map(Rating::label));
  }

  static StatedRating stated(StoredStanding standing) {
    return new StatedRating(
        standing.score(), standing.maximum(), standing.overall().map(Rating::label));
  }
}
