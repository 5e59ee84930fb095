package org.probationinspections.domain.plan;

import java.time.LocalDate;
import org.probationinspections.domain.common.Require;

/**
 * One follow-up judgement of an item by the inspectorate, beside what the inspected body reports of
 * its actions; {@code closes} records that the inspectorate closed the item with it.
 */
public record FollowUp(
    FollowUpJudgement judgement, LocalDate on, String by, String note, boolean closes) {

  public FollowUp {
    Require.present("followUp.judgement", judgement);
    Require.sensibleDate("followUp.on", on);
    by = Require.text("followUp.by", by);
    note = Require.optionalText(note);
  }
}
