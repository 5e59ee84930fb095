package org.probationinspections.application.plan.port.in;

import org.probationinspections.application.port.in.CursorPage;

/**
 * The items of every region's action plans that await the inspectorate's judgement (every action
 * reported done, no follow-up yet), by plan and item, read from the store a page at a time; the
 * cursor names the last item of the previous page.
 */
public interface ListAwaitingJudgementUseCase {

  CursorPage<AwaitingJudgementView> page(CursorPage.Request page);
}
