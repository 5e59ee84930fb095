package org.probationinspections.web.security;

import org.probationinspections.application.account.port.in.IdentifyUseCase;
import org.probationinspections.application.account.port.in.SignInUseCase;
import org.probationinspections.application.history.port.in.ListAuditTrailUseCase;

/**
 * The use cases that sign people in, say who a session or token stands for, and read the audit
 * trail.
 */
public record SecurityUseCases(
    SignInUseCase signIn, IdentifyUseCase identify, ListAuditTrailUseCase auditTrail) {}
