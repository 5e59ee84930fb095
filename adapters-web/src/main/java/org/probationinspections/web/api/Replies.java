package org.probationinspections.web.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.probationinspections.application.importing.port.in.ImportOutcome;

/** How the API answers, and the absent values of a request body read as empty. */
final class Replies {

  private Replies() {}

  /** 201 with where the new record is read. */
  static void created(Context ctx, String location, Object body) {
    ctx.status(201).header("Location", location).json(body);
  }

  /** 201 when an import created its record, else 200. */
  static void imported(Context ctx, ImportOutcome outcome) {
    ctx.status(outcome.effect() == ImportOutcome.Effect.CREATED ? 201 : 200).json(outcome);
  }

  static <T> Optional<T> opt(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  static <T> List<T> opt(List<T> value) {
    return value == null ? List.of() : value;
  }
}
