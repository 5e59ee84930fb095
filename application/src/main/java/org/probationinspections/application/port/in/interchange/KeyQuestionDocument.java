package org.probationinspections.application.port.in.interchange;

/** One row of a key-question table: the question and the share of cases judged "Yes". */
public record KeyQuestionDocument(String question, int percentYes) {}
