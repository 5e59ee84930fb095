package org.probationinspections.application.insight.port.in;

import java.util.function.IntConsumer;

/**
 * Assesses every stored inspection again under the framework files in force (after a band marked
 * assumed was corrected, say): each standard rated from its key questions is rated again, and each
 * score and overall rating the product stated is stated again. Every rating that changes is listed,
 * and written to the audit trail, in one transaction; a dry run writes nothing.
 */
public interface RecomputeRatingsUseCase {

  /** {@code checked} is told how many inspections have been assessed so far, a batch at a time. */
  Recomputation recompute(boolean dryRun, IntConsumer checked);
}
