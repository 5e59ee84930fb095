package org.probationinspections.domain.plan;

import java.util.Locale;
import java.util.Optional;

/** The inspected body's answer to a recommendation. */
public enum Response {
  AGREED("Agreed"),
  PARTLY_AGREED("Partly Agreed"),
  NOT_AGREED("Not Agreed");

  private final String label;

  Response(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True when the response must give a reason category and an explanation. */
  public boolean needsReason() {
    return this != AGREED;
  }

  /** True when the response must come with at least one action. */
  public boolean needsActions() {
    return this != NOT_AGREED;
  }

  /** Reads "Agreed", "Partly agreed", "NOT_AGREED" and the like. */
  public static Optional<Response> fromText(String text) {
    String key = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    for (Response response : values()) {
      if (response.label.toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(response);
      }
    }
    return Optional.empty();
  }
}
