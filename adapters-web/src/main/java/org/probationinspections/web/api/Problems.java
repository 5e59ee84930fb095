package org.probationinspections.web.api;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.UUID;
import org.probationinspections.application.port.out.UnitOfWork.ReadBudgetExceededException;
import org.probationinspections.domain.common.ConflictException;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.common.NotPermittedException;
import org.probationinspections.domain.common.RuleBrokenException;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.BodyLimit;
import org.probationinspections.web.Html;
import org.probationinspections.web.RequestAsAt;
import org.probationinspections.web.pages.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure once: to {@code application/problem+json} under {@code /api}, to an error page
 * elsewhere. Domain refusals keep their message; anything unexpected is logged with an error id and
 * only that id is shown.
 */
public final class Problems {

  private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
  static final String TYPE_BASE = "/api#problem-";

  public void register(Javalin app) {
    app.exception(
        DomainException.class,
        (e, ctx) -> {
          Problem problem = fromDomain(e, ctx.path());
          if (e instanceof NotFoundException && RequestAsAt.date().isPresent()) {
            // On a past day, a record made later is not there yet: say so, and where it is today.
            problem =
                new Problem(
                    problem.type(),
                    problem.title(),
                    problem.status(),
                    problem.detail()
                        + " as at the end of "
                        + RequestAsAt.label()
                        + ": it may have been made after that day. Today's view: "
                        + RequestAsAt.todayPath(),
                    problem.instance(),
                    problem.code(),
                    problem.field(),
                    null,
                    null);
          }
          send(ctx, problem);
        });
    app.exception(
        RuntimeException.class,
        (e, ctx) -> {
          if (e instanceof ReadBudgetExceededException slow) {
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), slow.getMessage());
            send(
                ctx,
                new Problem(
                    TYPE_BASE + "too-long",
                    "Request took too long",
                    503,
                    "This request needed longer than the "
                        + slow.budget().toSeconds()
                        + " seconds the server gives one request, and was stopped. Ask for less:"
                        + " a filter (a region, a PDU, a year) or a smaller page.",
                    ctx.path(),
                    "too-long",
                    null,
                    null,
                    null));
          } else if (tooLarge(e)) {
            send(
                ctx,
                new Problem(
                    TYPE_BASE + "too-large",
                    "Request too large",
                    413,
                    e.getMessage(),
                    ctx.path(),
                    "too-large",
                    null,
                    null,
                    null));
          } else {
            unexpected(e, ctx);
          }
        });
    app.exception(
        BadRequestException.class,
        (e, ctx) ->
            send(
                ctx,
                new Problem(
                    TYPE_BASE + "bad-request",
                    "Unreadable request",
                    400,
                    e.getMessage(),
                    ctx.path(),
                    "bad-request",
                    e.field().isEmpty() ? null : e.field(),
                    null,
                    null)));
    app.exception(
        HttpResponseException.class,
        (e, ctx) ->
            send(
                ctx,
                new Problem(
                    TYPE_BASE + "http-" + e.getStatus(),
                    titleOf(e.getStatus()),
                    e.getStatus(),
                    e.getMessage(),
                    ctx.path(),
                    null,
                    null,
                    null,
                    null)));
    app.exception(Exception.class, Problems::unexpected);
  }

  /**
   * A body over the size accepted: counted as it streamed in, or found by the multipart parser
   * (which says so only in its message).
   */
  private static boolean tooLarge(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof BodyLimit.TooLarge) {
        return true;
      }
      String message = cause.getMessage();
      if (cause instanceof IllegalStateException
          && message != null
          && (message.contains("exceeds maxRequestSize")
              || message.contains("exceeds max filesize"))) {
        return true;
      }
    }
    return false;
  }

  private static void unexpected(Exception e, io.javalin.http.Context ctx) {
    String errorId = UUID.randomUUID().toString();
    LOG.error("Unexpected failure {} on {} {}", errorId, ctx.method(), ctx.path(), e);
    send(
        ctx,
        new Problem(
            TYPE_BASE + "internal",
            "Internal error",
            500,
            "Something went wrong on our side; quote error id " + errorId,
            ctx.path(),
            "internal",
            null,
            null,
            errorId));
  }

  /** The problem a domain refusal becomes; shared with the pages, which show it beside a field. */
  public static Problem fromDomain(DomainException e, String path) {
    if (e instanceof NotFoundException) {
      return new Problem(
          TYPE_BASE + e.code(), "Not found", 404, e.getMessage(), path, e.code(), null, null, null);
    }
    if (e instanceof ConflictException) {
      return new Problem(
          TYPE_BASE + e.code(), "Conflict", 409, e.getMessage(), path, e.code(), null, null, null);
    }
    if (e instanceof NotPermittedException) {
      return new Problem(
          TYPE_BASE + e.code(), "Forbidden", 403, e.getMessage(), path, e.code(), null, null, null);
    }
    if (e instanceof RuleBrokenException rule) {
      return new Problem(
          TYPE_BASE + e.code(),
          "A rule refuses the change",
          422,
          e.getMessage(),
          path,
          e.code(),
          null,
          rule.rule(),
          null);
    }
    InvalidValueException invalid = (InvalidValueException) e;
    return new Problem(
        TYPE_BASE + e.code(),
        "Invalid value",
        422,
        e.getMessage(),
        path,
        e.code(),
        invalid.field(),
        null,
        null);
  }

  private static void send(Context ctx, Problem problem) {
    ctx.status(problem.status());
    if (ctx.path().startsWith("/api")) {
      ctx.json(problem);
      ctx.contentType(Problem.CONTENT_TYPE);
    } else {
      String detail =
          problem.status() == 500 ? "Quote error id " + problem.errorId() : problem.detail();
      try {
        Html.render(
            ctx,
            "pages/error.jte",
            Map.of("page", new ErrorPage(problem.status(), problem.title(), detail)));
      } catch (RuntimeException pageFailed) {
        // The error page itself failing must not be handled as a new error, page after page.
        LOG.error("the error page could not be rendered", pageFailed);
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result(problem.title() + "\n" + detail + "\n");
      }
    }
  }

  private static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Not signed in";
      case 403 -> "Forbidden";
      case 404 -> "Not found";
      case 413 -> "Request too large";
      case 405 -> "Method not allowed";
      case 409 -> "Conflict";
      default -> "HTTP " + status;
    };
  }
}
