package org.probationinspections.application.importing.reading;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A regional letter that gives no fieldwork date for a PDU's inspection is still imported: the
 * letter's own date stands in for the start of fieldwork (fieldwork always comes before the
 * letter), and a note on the inspection says so, for a person to confirm or correct. A report of
 * the same inspection imported later finds the inspection by that note and sets the real date.
 */
public final class FieldworkGuess {

  private static final String MARK = "fieldwork start not published in the regional letter";
  private static final String MISSING = "the letter gives no fieldwork date for ";

  private FieldworkGuess() {}

  public static String note(String pdu, LocalDate letter) {
    return MARK
        + " of "
        + letter
        + " for "
        + pdu
        + ": the letter's date stands in for it until the report gives it (review and correct)";
  }

  /** What the letter lacks, as its parser reports it. */
  static String missing(String pdu) {
    return MISSING + pdu;
  }

  /** True for the reports of {@link #missing}. */
  public static boolean isMissing(String message) {
    return message.startsWith(MISSING);
  }

  /**
   * The reason of the flag raised on the inspection whose fieldwork start the letter's date stands
   * in for.
   */
  public static String flagReason(String pdu, LocalDate letter) {
    return MISSING
        + pdu
        + ": the letter's date, "
        + letter
        + ", stands in for the start of fieldwork until the PDU's report gives it";
  }

  private static final String FIRST = "; the day was not published, the 1st is recorded";

  /** A letter that gives the month fieldwork started in, not the day. */
  static String firstOfMonth(String pdu, YearMonth month) {
    return "fieldwork for " + pdu + " started in " + month + FIRST;
  }

  public static boolean isFirstOfMonth(String message) {
    return message.endsWith(FIRST);
  }

  public static boolean isGuess(String note) {
    return note.startsWith(MARK);
  }

  public static String corrected(LocalDate guessed, LocalDate started) {
    return "fieldwork start set from the report to "
        + started
        + " (the regional letter's date, "
        + guessed
        + ", had stood in for it)";
  }
}
