package org.probationinspections.web;

/** The request cannot be read: malformed JSON, or a parameter of the wrong type. Maps to 400. */
public final class BadRequestException extends RuntimeException {

  private final String field;

  public BadRequestException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The parameter or JSON field that could not be read, or an empty string when unknown. */
  public String field() {
    return field;
  }
}
