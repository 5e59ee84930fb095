package org.probationinspections.application.port.in.interchange;

import org.probationinspections.domain.inspection.AddresseeLevel;

/** Who a recommendation is addressed to: level and name ("REGION", "North West"). */
public record AddresseeDocument(AddresseeLevel level, String name) {}
