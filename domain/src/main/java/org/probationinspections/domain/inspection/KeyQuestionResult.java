package org.probationinspections.domain.inspection;

import org.probationinspections.domain.common.Require;

/** The share of inspected cases judged "Yes" for one key question. */
public record KeyQuestionResult(String question, int percentYes) {

  public KeyQuestionResult {
    question = Require.text("keyQuestion.question", question);
    Require.between("keyQuestion.percentYes", percentYes, 0, 100);
  }
}
