package org.probationinspections.persistence.jdbc;

import java.time.YearMonth;
import java.util.Optional;

/** Months are stored as 'YYYY-MM' text in every dialect: it sorts by time. */
public final class Months {

  private Months() {}

  public static String text(YearMonth month) {
    return month.toString();
  }

  public static String textOrNull(Optional<YearMonth> month) {
    return month.map(YearMonth::toString).orElse(null);
  }

  public static Optional<YearMonth> parse(String text) {
    return Optional.ofNullable(text).map(YearMonth::parse);
  }
}
