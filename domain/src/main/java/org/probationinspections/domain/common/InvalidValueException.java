package org.probationinspections.domain.common;

/** A value is malformed or missing; the field names where. */
public final class InvalidValueException extends DomainException {

  private final String field;

  public InvalidValueException(String field, String message) {
    super("invalid-value", field + ": " + message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
