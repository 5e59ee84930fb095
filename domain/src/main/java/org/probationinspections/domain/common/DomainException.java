package org.probationinspections.domain.common;

/**
 * Every refusal the domain can give. The code is stable and machine-readable; the message is a
 * sentence for a person. Adapters map the subtype once (HTTP status, exit code).
 */
public abstract sealed class DomainException extends RuntimeException
    permits NotFoundException,
        RuleBrokenException,
        ConflictException,
        InvalidValueException,
        NotPermittedException {

  private final String code;

  protected DomainException(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
