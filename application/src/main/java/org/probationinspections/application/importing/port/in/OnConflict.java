package org.probationinspections.application.importing.port.in;

import java.util.Locale;
import org.probationinspections.domain.common.InvalidValueException;

/**
 * What an import does when the stored record changed since the imported document was made: an
 * export whose {@code version} is older than the stored one, or a document that lacks what the
 * store has recorded since (a progress report, a moved target, a follow-up, an item or an action).
 */
public enum OnConflict {
  /** Store nothing of the file and say what differs: the default. */
  REFUSE,
  /**
   * Combine the changes that do not touch each other (what only one side has, and a history one
   * side carries further than the other); refuse, as {@link #REFUSE} does, if any do touch.
   */
  MERGE,
  /** Store the document as it is, over the newer changes, and say which were overwritten. */
  REPLACE;

  /** The choice as written on the command line, in a form or a query: refuse, merge, replace. */
  public static OnConflict parse(String text) {
    String word = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (OnConflict choice : values()) {
      if (choice.name().equals(word)) {
        return choice;
      }
    }
    throw new InvalidValueException(
        "onConflict", "\"" + text + "\" is not a choice: refuse, merge or replace");
  }

  /** The word a person writes for it. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }
}
