package org.probationinspections.application.units.port.in;

import java.util.List;

/** A PDU: its names and its region. */
public record PduView(
    String id, String name, List<String> aliases, String regionId, String region) {}
