package org.probationinspections.application.insight.port.in;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.common.Require;

/**
 * What a recomputation found: how many inspections it assessed, and each one whose ratings the
 * rules now give differently; {@code dryRun} when nothing was written.
 */
public record Recomputation(int inspections, List<Recomputed> changed, boolean dryRun) {

  public Recomputation {
    changed = List.copyOf(changed);
  }

  /**
   * One inspection whose ratings changed: the standards rated again from their key questions, and
   * its score and overall rating as last stated ({@code before}; empty when the product had not
   * stated them since the inspection was last saved) and as stated now.
   */
  public record Recomputed(
      String inspectionId,
      String unit,
      String region,
      LocalDate fieldworkStarted,
      String framework,
      List<StandardChange> standards,
      Optional<StatedRating> before,
      StatedRating after) {
    public Recomputed {
      Require.text("inspectionId", inspectionId);
      standards = List.copyOf(standards);
      Require.present("before", before);
      Require.present("after", after);
    }
  }

  /** A standard rated again from its key questions: its rating before and after, in words. */
  public record StandardChange(String code, String name, String before, String after) {}

  /**
   * A score and an overall rating as the product states them (the overall rating in words, empty
   * when the rules give none): the values an audit entry of a recomputed rating holds.
   */
  public record StatedRating(int score, int maximum, Optional<String> overall) {
    public StatedRating {
      Require.present("overall", overall);
    }

    /** "14/27, Good", or the score alone when the rules give no overall rating. */
    public String words() {
      String scored = maximum > 0 ? score + "/" + maximum : "no score";
      return overall.map(rating -> scored + ", " + rating).orElse(scored);
    }
  }
}
