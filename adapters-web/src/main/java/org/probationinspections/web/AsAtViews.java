package org.probationinspections.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The use cases a request reads through: today's, or those of a past day when it asks {@code
 * ?asOf=2024-03-31} — the records rebuilt from the audit trail as they stood at the end of that
 * day. Any page and any API read takes the parameter; a request that would change something with it
 * is refused, since the past cannot be edited.
 */
public final class AsAtViews {

  /** The use cases of one day, and what could not be rebuilt for it. */
  public record View(
      WebUseCases web, InsightUseCases insight, Optional<LocalDate> date, List<String> problems) {
    public View {
      Objects.requireNonNull(web, "web");
      Objects.requireNonNull(insight, "insight");
      problems = List.copyOf(problems);
    }
  }

  /**
   * The one record a request shows, by its type as the audit trail names it ({@code inspection},
   * {@code review}, {@code action-plan}) and its id: its page of a past day needs only it and what
   * it is read with.
   */
  public record OneRecord(String recordType, String id) {
    public OneRecord {
      Objects.requireNonNull(recordType, "recordType");
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * Rebuilds a past day: every record, or only {@code record} and those it is read with when the
   * request shows one; empty for today, whose view is the live one.
   */
  @FunctionalInterface
  public interface PastDays {
    Optional<View> at(LocalDate date, Optional<OneRecord> record);
  }

  /** The pages and API reads of one record, by the path's pattern; group 1 is the record's id. */
  private static final Map<String, Pattern> ONE_RECORD_PATHS =
      Map.of(
          "inspection", Pattern.compile("/(?:api/)?inspections/([^/]+)"),
          "review", Pattern.compile("/(?:api/)?reviews/([^/]+)"),
          "action-plan", Pattern.compile("/(?:api/)?action-plans/([^/]+)(?:/print)?"));

  static final String PARAMETER = "asOf";
  private static final String ATTRIBUTE = AsAtViews.class.getName();

  private final View today;
  private final PastDays past;

  public AsAtViews(WebUseCases web, InsightUseCases insight, PastDays past) {
    this.today = new View(web, insight, Optional.empty(), List.of());
    this.past = Objects.requireNonNull(past, "past");
  }

  public WebUseCases web(Context ctx) {
    return view(ctx).web();
  }

  public InsightUseCases insight(Context ctx) {
    return view(ctx).insight();
  }

  /** Whether the request reads a past day ({@code ?asOf=}) rather than today's records. */
  public boolean isPast(Context ctx) {
    return view(ctx).date().isPresent();
  }

  /** Today's use cases, for what has no request (start-up checks, fixed lists). */
  public WebUseCases today() {
    return today.web();
  }

  void register(Javalin app) {
    app.after(ctx -> RequestAsAt.clear());
  }

  private View view(Context ctx) {
    View chosen = ctx.attribute(ATTRIBUTE);
    return chosen == null ? today : chosen;
  }

  /** Picks the request's view from {@code ?asOf=}; every endpoint calls it ({@link Routes}). */
  void choose(Context ctx) {
    RequestAsAt.clear();
    String asked = ctx.queryParam(PARAMETER);
    if (asked == null || asked.isBlank()) {
      return;
    }
    if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) {
      throw new BadRequestException(
          PARAMETER, "a view of a past date is read-only; send the change without asOf");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(asked.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException(PARAMETER, "asOf must be a date such as 2024-03-31");
    }
    Optional<View> then = past.at(date, oneRecord(ctx.path()));
    if (then.isPresent()) {
      ctx.attribute(ATTRIBUTE, then.get());
      RequestAsAt.set(then.get(), ctx.path());
    }
  }

  /** The one record whose page or API read {@code path} is, if it is one. */
  static Optional<OneRecord> oneRecord(String path) {
    for (Map.Entry<String, Pattern> paths : ONE_RECORD_PATHS.entrySet()) {
      Matcher matched = paths.getValue().matcher(path);
      if (matched.matches()) {
        return Optional.of(new OneRecord(paths.getKey(), matched.group(1)));
      }
    }
    return Optional.empty();
  }
}
