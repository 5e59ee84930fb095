package org.probationinspections.application.insight;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.probationinspections.application.insight.port.in.Recomputation.Recomputed;
import org.probationinspections.application.insight.port.in.Recomputation.StatedRating;
import org.probationinspections.application.port.in.InspectionSummary;
import org.probationinspections.application.port.out.FrameworkCatalog;
import org.probationinspections.application.port.out.InspectionSummaries;
import org.probationinspections.application.port.out.InspectionSummaries.InspectionDigest;
import org.probationinspections.application.port.out.InspectionSummaries.Standing;
import org.probationinspections.application.port.out.InspectionSummaries.StoredStanding;
import org.probationinspections.application.shared.InspectionDocuments;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.inspection.InspectionId;

/**
 * Keeps the stored standings (score, maximum, overall rating) in step with the inspections and the
 * rules: a saved inspection has none until it is assessed again, and a framework whose rules
 * changed (its data file edited) has all of its inspections assessed again. Each batch is assessed
 * by the domain from the digests a summary line is made of, so a standing is what the lists show.
 */
record Standings(InspectionSummaries summaries, FrameworkCatalog frameworks, RatingTrail trail) {

  /** Inspections assessed and stored at a time. */
  static final int BATCH = 500;

  /**
   * Assesses and stores every standing that is missing or was made under other rules. A rating that
   * rules since changed state otherwise is written to the audit trail and returned.
   */
  List<Recomputed> catchUp() {
    List<Recomputed> restated = new ArrayList<>();
    for (Framework framework : frameworks.all()) {
      String rules = rules(framework);
      List<InspectionId> previous = List.of();
      while (true) {
        List<InspectionId> ids = summaries.withoutStanding(framework.id(), rules, BATCH);
        // The same batch twice: saved again meanwhile, each time; the next request catches up.
        if (ids.isEmpty() || ids.equals(previous)) {
          break;
        }
        Map<InspectionId, StoredStanding> before = summaries.storedStandings(ids);
        Map<InspectionId, Standing> standings = new LinkedHashMap<>();
        List<InspectionDigest> digests = summaries.digests(ids);
        for (InspectionDigest digest : digests) {
          standings.put(digest.id(), standing(digest, framework));
        }
        summaries.recordStandings(rules, standings);
        for (InspectionDigest digest : digests) {
          StoredStanding was = before.get(digest.id());
          StatedRating now = RatingTrail.stated(standings.get(digest.id()));
          // Other rules, not a save since, stated it otherwise: the rules changed it.
          if (was != null
              && was.rules().filter(other -> !other.equals(rules)).isPresent()
              && !RatingTrail.stated(was).equals(now)) {
            restated.add(
                trail.recomputed(
                    digest, framework, List.of(), Optional.of(RatingTrail.stated(was)), now));
          }
        }
        previous = ids;
      }
    }
    return restated;
  }

  /** The standing the rules give an inspection; none for a record they cannot assess. */
  static Standing standing(InspectionDigest digest, Framework framework) {
    try {
      InspectionSummary summary = InspectionDocuments.summary(digest, framework);
      return new Standing(
          digest.version(), summary.score(), summary.maxScore(), summary.overallRating());
    } catch (DomainException notAssessable) {
      // A record the rules cannot assess is listed unranked, as a partial record is.
      return new Standing(digest.version(), 0, 0, Optional.empty());
    }
  }

  /**
   * A fingerprint of everything in a framework that an assessment reads, the same in every run for
   * the same rules: a change of any rule gives another.
   */
  static String rules(Framework framework) {
    String canonical =
        List.of(
                framework.id(),
                framework.inspects(),
                framework.domains(),
                framework.standards(),
                framework.keyQuestionBands(),
                new TreeMap<>(framework.scores()),
                framework.overallBands(),
                framework.decisionRules())
            .toString();
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
