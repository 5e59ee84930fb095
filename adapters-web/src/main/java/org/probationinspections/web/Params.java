package org.probationinspections.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads query, path and form parameters into typed values; a malformed value is a 400. */
public final class Params {

  private Params() {}

  public static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  public static Optional<String> query(Context ctx, String name) {
    return text(ctx.queryParam(name));
  }

  public static Optional<Integer> queryInt(Context ctx, String name) {
    return integer(name, ctx.queryParam(name));
  }

  public static Optional<Integer> integer(String name, String value) {
    return text(value).map(v -> parseInt(name, v));
  }

  public static int pathInt(Context ctx, String name) {
    return parseInt(name, ctx.pathParam(name));
  }

  /**
   * What an import does with a stored record that changed since the document was made: {@code
   * refuse} (also when not given), {@code merge} or {@code replace}.
   */
  public static org.probationinspections.application.importing.port.in.OnConflict onConflict(
      String value) {
    if (text(value).isEmpty()) {
      return org.probationinspections.application.importing.port.in.OnConflict.REFUSE;
    }
    try {
      return org.probationinspections.application.importing.port.in.OnConflict.parse(value);
    } catch (org.probationinspections.domain.common.DomainException wrong) {
      throw new BadRequestException("onConflict", wrong.getMessage());
    }
  }

  public static boolean queryFlag(Context ctx, String name) {
    Optional<String> value = query(ctx, name);
    if (value.isEmpty()) {
      return false;
    }
    return switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new BadRequestException(name, name + " must be true or false");
    };
  }

  public static Optional<LocalDate> date(String name, String value) {
    try {
      return text(value).map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name, name + " must be a date such as 2023-04-17");
    }
  }

  public static Optional<YearMonth> month(String name, String value) {
    try {
      return text(value).map(YearMonth::parse);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name, name + " must be a month such as 2023-09");
    }
  }

  public static <E extends Enum<E>> Optional<E> choice(String name, String value, Class<E> type) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, text.get().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          name, name + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  /** Every value of a repeated query parameter, each one of the enum's constants. */
  public static <E extends Enum<E>> java.util.Set<E> choices(
      Context ctx, String name, Class<E> type) {
    java.util.Set<E> chosen = java.util.EnumSet.noneOf(type);
    for (String value : ctx.queryParams(name)) {
      choice(name, value, type).ifPresent(chosen::add);
    }
    return chosen;
  }

  private static int parseInt(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new BadRequestException(name, name + " must be a whole number, was '" + value + "'");
    }
  }
}
