package org.probationinspections.application.plan;

import java.time.YearMonth;
import org.probationinspections.application.port.in.CursorPage;
import org.probationinspections.application.port.out.ActionSummaries.ActionKey;
import org.probationinspections.domain.plan.ActionPlanId;

/** The cursor of a list of actions read in target order: where its page ended, as text. */
final class ActionCursors {

  private ActionCursors() {}

  static String cursor(ActionKey key) {
    return CursorPage.encode(
        key.target().toString(), key.plan().value(), "" + key.item(), "" + key.action());
  }

  static ActionKey key(String cursor) {
    return CursorPage.decode(
        cursor,
        4,
        fields ->
            new ActionKey(
                YearMonth.parse(fields.get(0)),
                new ActionPlanId(fields.get(1)),
                Integer.parseInt(fields.get(2)),
                Integer.parseInt(fields.get(3))));
  }
}
