package org.probationinspections.application.port.in;

/** A region and how many PDUs it has. */
public record RegionView(String id, String name, int pdus) {}
