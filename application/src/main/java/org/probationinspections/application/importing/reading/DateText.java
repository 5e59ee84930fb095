package org.probationinspections.application.importing.reading;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as documents print them: "27 July 2023", "June 2023". */
final class DateText {

  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern DATE =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTHS + "\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b" + MONTHS + "\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);

  private DateText() {}

  static Optional<Month> month(String name) {
    try {
      return Optional.of(Month.valueOf(name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException notAMonth) {
      return Optional.empty();
    }
  }

  /** The first full date in the text. */
  static Optional<LocalDate> firstDate(String text) {
    Matcher matcher = DATE.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    Month month = month(matcher.group(2)).orElseThrow();
    int day = Integer.parseInt(matcher.group(1));
    int year = Integer.parseInt(matcher.group(3));
    if (day > month.length(YearMonth.of(year, month).isLeapYear())) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(year, month, day));
  }

  /** The first "Month YYYY" in the text. */
  static Optional<YearMonth> firstMonth(String text) {
    Matcher matcher = MONTH_YEAR.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(
        YearMonth.of(Integer.parseInt(matcher.group(2)), month(matcher.group(1)).orElseThrow()));
  }

  /** "March 2023". */
  static String words(YearMonth month) {
    String name = month.getMonth().name();
    return name.charAt(0)
        + name.substring(1).toLowerCase(java.util.Locale.ROOT)
        + " "
        + month.getYear();
  }

  static Pattern monthYearPattern() {
    return MONTH_YEAR;
  }
}
