package org.probationinspections.domain.common;

/** A business rule refuses the change; the rule's id says which. */
public final class RuleBrokenException extends DomainException {

  private final String rule;

  public RuleBrokenException(String rule, String message) {
    super("rule-broken", message);
    this.rule = rule;
  }

  public String rule() {
    return rule;
  }
}
