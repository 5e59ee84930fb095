package org.probationinspections.application.port.in.interchange;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;

/** One numbered item of an action plan in the interchange shape. */
public record ItemDocument(
    int number,
    List<AnswerDocument> answers,
    Response response,
    Optional<Reason> reason,
    String explanation,
    List<ActionDocument> actions) {

  public ItemDocument {
    answers = Interchange.orEmpty(answers);
    reason = Interchange.orEmpty(reason);
    explanation = explanation == null ? "" : explanation;
    actions = Interchange.orEmpty(actions);
  }
}
