package org.probationinspections.application.port.in.interchange;

import java.util.List;
import java.util.Optional;
import org.probationinspections.domain.plan.Reason;
import org.probationinspections.domain.plan.Response;

/**
 * One numbered item of an action plan in the interchange shape, with the inspectorate's follow-up
 * judgements (the last one that closes the item closes it).
 */
public record ItemDocument(
    int number,
    List<AnswerDocument> answers,
    Response response,
    Optional<Reason> reason,
    String explanation,
    List<ActionDocument> actions,
    List<FollowUpDocument> followUps) {

  public ItemDocument {
    answers = Interchange.orEmpty("answers", answers);
    reason = Interchange.orEmpty(reason);
    explanation = explanation == null ? "" : explanation;
    actions = Interchange.orEmpty("actions", actions);
    followUps = Interchange.orEmpty("followUps", followUps);
  }

  /** An item with no follow-up yet, as published documents give it. */
  public ItemDocument(
      int number,
      List<AnswerDocument> answers,
      Response response,
      Optional<Reason> reason,
      String explanation,
      List<ActionDocument> actions) {
    this(number, answers, response, reason, explanation, actions, List.of());
  }
}
