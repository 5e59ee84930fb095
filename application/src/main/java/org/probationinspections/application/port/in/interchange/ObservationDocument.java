package org.probationinspections.application.port.in.interchange;

import org.probationinspections.domain.review.ObservationKind;

/** One regional observation: theme, strength or area for improvement, and its text. */
public record ObservationDocument(String theme, ObservationKind kind, String text) {}
