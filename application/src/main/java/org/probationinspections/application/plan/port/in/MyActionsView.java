package org.probationinspections.application.plan.port.in;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a person's regions have to do: the regions by name, the month that counts as this month, a
 * page of actions due this month or overdue (the cursor of the next page when there is one), and
 * the items awaiting the inspectorate's judgement, the first {@code awaiting.size()} of them
 * ({@code moreAwaiting} when there are more).
 */
public record MyActionsView(
    List<String> regions,
    YearMonth month,
    List<MyActionView> actions,
    Optional<String> next,
    List<AwaitingJudgementView> awaiting,
    boolean moreAwaiting) {

  public MyActionsView {
    regions = List.copyOf(regions);
    actions = List.copyOf(actions);
    awaiting = List.copyOf(awaiting);
  }
}
