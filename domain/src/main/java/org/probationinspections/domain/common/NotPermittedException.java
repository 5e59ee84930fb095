package org.probationinspections.domain.common;

/** The acting person's role, or the regions it is scoped to, does not allow the change. */
public final class NotPermittedException extends DomainException {

  public NotPermittedException(String message) {
    super("forbidden", message);
  }
}
