package org.probationinspections.application.port.in.interchange;

import java.time.LocalDate;
import org.probationinspections.domain.plan.FollowUpJudgement;

/** One follow-up judgement of an item by the inspectorate; {@code closes} when it closed it. */
public record FollowUpDocument(
    FollowUpJudgement judgement, LocalDate on, String by, String note, boolean closes) {}
