package org.probationinspections.application.port.in;

/** A region as a filter offers it: its id and name, nothing counted. */
public record RegionName(String id, String name) {}
