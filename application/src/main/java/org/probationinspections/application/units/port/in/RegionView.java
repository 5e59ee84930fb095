package org.probationinspections.application.units.port.in;

/** A region and how many PDUs it has. */
public record RegionView(String id, String name, int pdus) {}
