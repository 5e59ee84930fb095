package org.probationinspections.application.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.probationinspections.application.port.in.interchange.SummaryDocument;
import org.probationinspections.domain.plan.ProgressCounts;

/**
 * One line of a list of action plans: what it answers (a regional letter, an inspection, or
 * neither), counts of items by response and of actions by status.
 */
public record ActionPlanOverview(
    String id,
    String regionId,
    String region,
    Optional<String> reviewId,
    Optional<String> inspectionId,
    LocalDate submitted,
    SummaryDocument summary,
    ProgressCounts progress,
    int problems) {}
