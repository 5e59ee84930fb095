package org.probationinspections.domain.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Guards used by compact constructors, so that every refusal names its field. */
public final class Require {

  private Require() {}

  /** The longest text any field takes: longer is a mistake or an attack, from any adapter. */
  public static final int MAX_TEXT = 20_000;

  /** The first year a date in the domain may fall in. */
  public static final int EARLIEST_YEAR = 1900;

  /**
   * The last year a date in the domain may fall in. Dates outside {@link #EARLIEST_YEAR} to this
   * year are typing mistakes, and the stores' date arithmetic is not defined for all of them.
   */
  public static final int LATEST_YEAR = 2999;

  public static String text(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "must not be blank");
    }
    return withinLimit(field, value.strip());
  }

  /** Text that may be left out: absent is blank, present loses its surrounding spaces. */
  public static String optionalText(String value) {
    return value == null ? "" : value.strip();
  }

  /**
   * Refuses a text longer than {@link #MAX_TEXT} characters, or one holding the character U+0000
   * (NUL), which no field means and which not every store can keep (PostgreSQL refuses it in text,
   * SQLite keeps it): every store is given the same texts. Null stays null.
   */
  public static String withinLimit(String field, String value) {
    if (value == null) {
      return null;
    }
    if (value.length() > MAX_TEXT) {
      throw new InvalidValueException(
          field,
          "is " + value.length() + " characters long, more than the " + MAX_TEXT + " allowed");
    }
    int nul = value.indexOf(0);
    if (nul >= 0) {
      throw new InvalidValueException(
          field, "must not contain the character U+0000 (NUL), found at position " + (nul + 1));
    }
    return value;
  }

  public static <T> T present(String field, T value) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  public static int positive(String field, int value) {
    if (value <= 0) {
      throw new InvalidValueException(field, "must be positive, was " + value);
    }
    return value;
  }

  public static int between(String field, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidValueException(
          field, "must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * A copy of {@code values} whose every entry is present (an absent list is an empty one): a
   * {@code null} among a list's entries is refused by its field and place, not met later.
   */
  public static <T> List<T> entries(String field, Collection<T> values) {
    if (values == null) {
      return List.of();
    }
    int place = 1;
    for (T value : values) {
      if (value == null) {
        throw new InvalidValueException(field, "entry " + place + " is empty");
      }
      place++;
    }
    return List.copyOf(values);
  }

  public static <T> void notEmpty(String field, Collection<T> values) {
    if (values == null || values.isEmpty()) {
      throw new InvalidValueException(field, "must not be empty");
    }
    values.forEach(value -> Objects.requireNonNull(value, field));
  }

  /**
   * Refuses a missing date, or one outside the years {@link #EARLIEST_YEAR} to {@link
   * #LATEST_YEAR}.
   */
  public static LocalDate sensibleDate(String field, LocalDate date) {
    present(field, date);
    sensibleYear(field, date.getYear());
    return date;
  }

  /**
   * Refuses a missing month, or one outside the years {@link #EARLIEST_YEAR} to {@link
   * #LATEST_YEAR}.
   */
  public static YearMonth sensibleMonth(String field, YearMonth month) {
    present(field, month);
    sensibleYear(field, month.getYear());
    return month;
  }

  private static void sensibleYear(String field, int year) {
    if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
      throw new InvalidValueException(
          field, "must be a date between " + EARLIEST_YEAR + " and " + LATEST_YEAR);
    }
  }
}
