package org.probationinspections.web.api;

/**
 * An RFC 9457 problem detail, with the extension members {@code code}, {@code field}, {@code rule}
 * and {@code errorId}; a null member is left out of the JSON.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String code,
    String field,
    String rule,
    String errorId) {

  public static final String CONTENT_TYPE = "application/problem+json";
}
