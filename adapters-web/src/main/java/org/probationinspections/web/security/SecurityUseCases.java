package org.probationinspections.web.security;

import org.probationinspections.application.port.in.IdentifyUseCase;
import org.probationinspections.application.port.in.SignInUseCase;

/** The use cases that sign people in and say who a session or token stands for. */
public record SecurityUseCases(SignInUseCase signIn, IdentifyUseCase identify) {}
