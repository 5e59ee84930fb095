package org.probationinspections.application.importing.port.in;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.framework.Rating;

/**
 * Stores the published record of inspections (a file of published outcomes, such as {@code
 * published-outcomes.json}, or a CSV with the same columns): each row becomes a published outcome
 * of its PDU, an inspection that is a summary, held as published. A row of an inspection stored
 * already (the same PDU and programme, a date that may be the same) completes it or finds it
 * unchanged, so that importing the same file again changes nothing. The whole file is stored in one
 * transaction: a row that is refused leaves nothing of the file stored.
 */
public interface ImportPublishedOutcomesUseCase {

  /**
   * One row as the file gives it; {@code place} says where it is ("line 4", "outcome 12"). Texts
   * are as printed: blank for a value not given. {@code standardRatings} is keyed by the standard's
   * name as the framework of the programme names it.
   */
  record OutcomeRow(
      String place,
      String pdu,
      String region,
      String published,
      String publishedNote,
      String programme,
      String overallRating,
      Map<String, String> standardRatings,
      Optional<Integer> score,
      Optional<Integer> recommendations,
      String source) {
    public OutcomeRow {
      place = Require.text("place", place);
      standardRatings = Map.copyOf(Require.present("standardRatings", standardRatings));
      score = score == null ? Optional.empty() : score;
      recommendations = recommendations == null ? Optional.empty() : recommendations;
    }
  }

  /** A dry run stores nothing and says what would have been stored. */
  record Command(String file, List<OutcomeRow> rows, boolean dryRun) {
    public Command {
      file = Require.text("file", file);
      rows = Require.entries("rows", rows);
    }

    /** Stored, not a dry run. */
    public Command(String file, List<OutcomeRow> rows) {
      this(file, rows, false);
    }
  }

  /**
   * What became of one row: the record stored (or found unchanged; its {@code flags} are what the
   * rules flag, a published rating they do not give, say), what a person should check of the match
   * of its PDU ({@code unsure}: a name matched by its words in another order, a PDU registered that
   * resembles another), the other remarks stored on the record ({@code remarks}: a PDU or region
   * registered), the overall rating as published, and the one the rules compute from the figures
   * the source stated where those decide it ({@code computed}).
   */
  record RowOutcome(
      String place,
      String label,
      ImportOutcome outcome,
      List<String> unsure,
      List<String> remarks,
      Rating published,
      Optional<Rating> computed) {
    public RowOutcome {
      unsure = List.copyOf(unsure);
      remarks = List.copyOf(remarks);
    }

    /** This row as a dry run reports it: a record it would create has no id yet. */
    public RowOutcome asDryRun() {
      return new RowOutcome(place, label, outcome.asDryRun(), unsure, remarks, published, computed);
    }
  }

  List<RowOutcome> importOutcomes(Command command);
}
