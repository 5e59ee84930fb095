package org.probationinspections.application.port.in.interchange;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.plan.ActionStatus;

/** One action of an item: text, owners, target month (absent once completed) and status. */
public record ActionDocument(
    Optional<Integer> number,
    String text,
    List<String> owners,
    Optional<YearMonth> target,
    ActionStatus status,
    Optional<Long> daysOverdue,
    List<ProgressDocument> progress,
    List<TargetRevisionDocument> revisions) {

  public ActionDocument {
    number = Interchange.orEmpty(number);
    owners = Interchange.orEmpty("owners", owners);
    target = Interchange.orEmpty(target);
    status = status == null ? ActionStatus.PLANNED : status;
    daysOverdue = Interchange.orEmpty(daysOverdue);
    progress = Interchange.orEmpty("progress", progress);
    revisions = Interchange.orEmpty("revisions", revisions);
  }
}
