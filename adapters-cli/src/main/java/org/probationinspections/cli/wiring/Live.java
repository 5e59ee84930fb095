package org.probationinspections.cli.wiring;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * Today's core, over the live store, as opposed to a past day's bound in {@link UseCasesComponent}.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@interface Live {}
