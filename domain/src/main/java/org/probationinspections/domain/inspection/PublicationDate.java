package org.probationinspections.domain.inspection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.Require;

/**
 * The date a report was published, as precisely as a source gave it: a day ({@code 2022-05-17}), a
 * month ({@code 2022-05}), a year ({@code 2022}) or not at all; {@code note} keeps what the source
 * said besides ("about May", "2024 or 2025").
 */
public record PublicationDate(Optional<String> value, Optional<String> note) {

  /** How much of the date is known. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR,
    UNKNOWN
  }

  private static final Pattern SHAPE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  public static final PublicationDate UNKNOWN =
      new PublicationDate(Optional.empty(), Optional.empty());

  public PublicationDate {
    Require.present("published", value);
    Require.present("publishedNote", note);
    value = value.map(String::strip).filter(text -> !text.isEmpty());
    note = note.map(String::strip).filter(text -> !text.isEmpty());
    value.ifPresent(PublicationDate::check);
  }

  /** From the text of a source's column: blank means not known. */
  public static PublicationDate of(String value, String note) {
    return new PublicationDate(Optional.ofNullable(value), Optional.ofNullable(note));
  }

  private static void check(String text) {
    if (!SHAPE.matcher(text).matches()) {
      throw new InvalidValueException(
          "published", "'" + text + "' is not a date: expected 2022-05-17, 2022-05 or 2022");
    }
    try {
      switch (text.length()) {
        case 10 -> Require.sensibleDate("published", LocalDate.parse(text));
        case 7 -> Require.sensibleMonth("published", YearMonth.parse(text));
        default -> Require.sensibleMonth("published", YearMonth.of(Integer.parseInt(text), 1));
      }
    } catch (DateTimeParseException notADate) {
      throw new InvalidValueException("published", "'" + text + "' is not a date of the calendar");
    }
  }

  public Precision precision() {
    return value
        .map(
            text ->
                switch (text.length()) {
                  case 10 -> Precision.DAY;
                  case 7 -> Precision.MONTH;
                  default -> Precision.YEAR;
                })
        .orElse(Precision.UNKNOWN);
  }

  /** The first day the date may be: the day, the first of the month or of the year. */
  public Optional<LocalDate> earliestDay() {
    return value.map(
        text ->
            switch (text.length()) {
              case 10 -> LocalDate.parse(text);
              case 7 -> YearMonth.parse(text).atDay(1);
              default -> LocalDate.of(Integer.parseInt(text), 1, 1);
            });
  }

  /** The month when it is known to the month or the day. */
  public Optional<YearMonth> month() {
    return precision() == Precision.DAY || precision() == Precision.MONTH
        ? earliestDay().map(YearMonth::from)
        : Optional.empty();
  }

  /** Whether a publication in {@code month} is this date, as far as it is known. */
  public boolean admits(YearMonth month) {
    return switch (precision()) {
      case DAY, MONTH -> month().orElseThrow().equals(month);
      case YEAR -> earliestDay().orElseThrow().getYear() == month.getYear();
      case UNKNOWN -> true;
    };
  }

  /**
   * Whether the two may be the same date: each is compared to the other as far as both are known
   * (the year, then the month, then the day); a date not known may be any.
   */
  public boolean mayBeSameAs(PublicationDate other) {
    if (value.isEmpty() || other.value.isEmpty()) {
      return true;
    }
    int known = Math.min(value.get().length(), other.value.get().length());
    return value.get().substring(0, known).equals(other.value.get().substring(0, known));
  }

  /** As a reader should see it: "2022-05-17", "2022 (about May)", "not stated (2024 or 2025)". */
  public String describe() {
    String date = value.orElse("not stated");
    return note.map(text -> date + " (" + text + ")").orElse(date);
  }
}
