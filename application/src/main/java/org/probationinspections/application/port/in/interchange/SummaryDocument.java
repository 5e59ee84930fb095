package org.probationinspections.application.port.in.interchange;

/** An action plan's closing table. */
public record SummaryDocument(int agreed, int partlyAgreed, int notAgreed, int total) {}
