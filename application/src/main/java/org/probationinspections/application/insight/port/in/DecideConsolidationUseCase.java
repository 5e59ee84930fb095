package org.probationinspections.application.insight.port.in;

import java.util.List;
import org.probationinspections.domain.common.Require;
import org.probationinspections.domain.consolidation.Verdict;
import org.probationinspections.domain.plan.RecommendationRef;
import org.probationinspections.domain.review.ReviewId;

/** A person accepts a suggested group into one item, or rejects it; the decision is stored. */
public interface DecideConsolidationUseCase {

  ConsolidationSuggestions decide(Command command);

  record Command(
      ReviewId review, List<RecommendationRef> members, Verdict verdict, String by, String note) {

    public Command {
      Require.present("review", review);
      members = Require.entries("members", Require.present("members", members));
      Require.present("verdict", verdict);
      // Kept for the clients that send it; the author recorded is whoever is signed in.
      by = Require.optionalText(by);
      note = Require.present("note", note);
    }
  }
}
