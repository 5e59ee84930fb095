package org.probationinspections.domain.common;

/** A record that was asked for does not exist. */
public final class NotFoundException extends DomainException {

  public NotFoundException(String what, String key) {
    super("not-found", what + " '" + key + "' was not found");
  }
}
