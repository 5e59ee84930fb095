package org.probationinspections.application.shared;

import org.probationinspections.application.port.out.ApiTokenRepository;
import org.probationinspections.application.port.out.AuditLog;
import org.probationinspections.application.port.out.CurrentActor;
import org.probationinspections.application.port.out.PasswordHasher;
import org.probationinspections.application.port.out.UserRepository;

/** The out-ports of accounts and the audit trail, as the composition root provides them. */
public record SecurityPorts(
    UserRepository users,
    ApiTokenRepository tokens,
    AuditLog audit,
    PasswordHasher passwords,
    CurrentActor actor) {}
