package org.probationinspections.domain.inspection;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Framework;
import org.probationinspections.domain.framework.FrameworkId;
import org.probationinspections.domain.framework.Rating;
import org.probationinspections.domain.framework.StandardDefinition;
import org.probationinspections.domain.unit.PduId;

/**
 * What decides an inspection's score and overall rating, and nothing else: its framework, each
 * standard's rating, what was published of the score and the overall rating, and whether it is a
 * published summary. Inspections alike in these are rated alike, so a count of many is rated once.
 */
public record RatingProfile(
    FrameworkId framework,
    Map<String, Rating> ratings,
    PublishedSummary published,
    boolean summaryOnly) {

  private static final LocalDate ANY_DAY = LocalDate.of(2000, 1, 1);

  public RatingProfile {
    Require.present("framework", framework);
    ratings = Map.copyOf(new LinkedHashMap<>(Require.present("ratings", ratings)));
    Require.present("published", published);
  }

  /**
   * A full inspection's profile from how many of its standards have each rating: its score, and so
   * its overall rating, depends on no more, so the ratings are given to the framework's rated
   * standards in turn. More ratings than the framework rates standards is no profile of it.
   */
  public static RatingProfile ofTally(Framework framework, Map<Rating, Integer> tally) {
    Map<String, Rating> ratings = new LinkedHashMap<>();
    var rated = framework.standards().stream().filter(StandardDefinition::isRated).iterator();
    for (Rating rating : Rating.values()) {
      if (!rating.isRated()) {
        continue;
      }
      for (int i = 0; i < tally.getOrDefault(rating, 0); i++) {
        if (!rated.hasNext()) {
          throw new InvalidValueException(
              "tally",
              "more ratings than " + framework.id().value() + " rates standards: " + tally);
        }
        ratings.put(rated.next().code(), rating);
      }
    }
    return new RatingProfile(framework.id(), ratings, PublishedSummary.NONE, false);
  }

  /** The score and overall rating the rules give every inspection of this profile. */
  public Assessment assess(Framework framework) {
    List<StandardResult> results =
        ratings.entrySet().stream()
            .map(
                entry ->
                    new StandardResult(
                        entry.getKey(),
                        entry.getValue(),
                        RatingSource.PUBLISHED,
                        Optional.empty(),
                        List.of()))
            .toList();
    Inspection alike =
        new Inspection(
            new InspectionId("profile"),
            new PduId("profile"),
            this.framework,
            new InspectionDetails(ANY_DAY, Optional.empty(), Optional.empty(), OptionalInt.empty()),
            results,
            List.of(),
            List.of(),
            published,
            Optional.empty(),
            List.of(),
            0);
    if (!framework.id().equals(this.framework)) {
      return alike.assess(framework); // refuses the wrong framework, as for any inspection
    }
    return new InspectionAssessor(alike, framework, summaryOnly).assess();
  }
}
