package org.probationinspections.application.port.in.interchange;

/** A numbered recommendation in the interchange shape. */
public record RecommendationDocument(int number, AddresseeDocument addressee, String text) {}
