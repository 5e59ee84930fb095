package org.probationinspections.web.pages;

import java.util.Locale;
import org.probationinspections.application.insight.port.in.SearchTextUseCase;
import org.probationinspections.domain.inspection.AddresseeLevel;
import org.probationinspections.domain.plan.ActionStatus;

/** Words and CSS classes the templates show for values. */
public final class Labels {

  private Labels() {}

  public static String status(ActionStatus status) {
    return switch (status) {
      case PLANNED -> "Planned";
      case IN_PROGRESS -> "In progress";
      case COMPLETED -> "Completed";
      case COMPLETED_AND_ONGOING -> "Completed and ongoing";
    };
  }

  public static String words(Enum<?> value) {
    String text = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Whom a recommendation is addressed to, in words: "PDU", "region", "national service". */
  public static String level(AddresseeLevel level) {
    return switch (level) {
      case PDU -> "PDU";
      case REGION -> "region";
      case NATIONAL -> "national service";
    };
  }

  /** The text with its first letter in capitals: "National service". */
  public static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** "1 item", "3 items": a count with its noun, singular or plural. */
  public static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }

  /** The kind of a searched text, as the search form offers it: "Recommendations", "Findings"… */
  public static String plural(SearchTextUseCase.Kind kind) {
    return switch (kind) {
      case RECOMMENDATION -> "Recommendations";
      case FINDING -> "Findings";
      case ACTION -> "Actions";
    };
  }

  public static String days(long days) {
    return days == 1 ? "1 day overdue" : days + " days overdue";
  }

  /** Percentage of {@code part} in {@code total}, for bar widths. */
  public static String percent(int part, int total) {
    return total == 0 ? "0%" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / total);
  }
}
