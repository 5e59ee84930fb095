package org.probationinspections.domain.common;

/** The change clashes with the stored state: a stale version, or a duplicate. */
public final class ConflictException extends DomainException {

  public ConflictException(String message) {
    super("conflict", message);
  }
}
