package org.probationinspections.application.units.port.in;

/** A region as a filter offers it: its id and name, nothing counted. */
public record RegionName(String id, String name) {}
