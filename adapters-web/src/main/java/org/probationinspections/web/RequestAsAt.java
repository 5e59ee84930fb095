package org.probationinspections.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the templates need to know when a request shows a past date: the date (for the banner and
 * the links that keep it), and what could not be rebuilt.
 */
public final class RequestAsAt {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ThreadLocal<AsAtViews.View> CURRENT = new ThreadLocal<>();
  private static final ThreadLocal<String> PATH = new ThreadLocal<>();

  private RequestAsAt() {}

  static void set(AsAtViews.View view, String path) {
    CURRENT.set(view);
    PATH.set(path);
  }

  static void clear() {
    CURRENT.remove();
    PATH.remove();
  }

  /** The page's path without the date: the same page today. */
  public static String todayPath() {
    String path = PATH.get();
    return path == null ? "/" : path;
  }

  public static Optional<LocalDate> date() {
    AsAtViews.View view = CURRENT.get();
    return view == null ? Optional.empty() : view.date();
  }

  /** "31 March 2024", or "" when the request shows today. */
  public static String label() {
    return date().map(LONG::format).orElse("");
  }

  /** The date as the {@code asOf} parameter writes it, or "" for today. */
  public static String parameter() {
    return date().map(LocalDate::toString).orElse("");
  }

  public static List<String> problems() {
    AsAtViews.View view = CURRENT.get();
    return view == null ? List.of() : view.problems();
  }
}
