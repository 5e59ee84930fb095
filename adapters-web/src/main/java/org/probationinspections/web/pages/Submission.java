package org.probationinspections.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import java.util.function.Supplier;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.domain.common.InvalidValueException;
import org.probationinspections.domain.common.NotFoundException;
import org.probationinspections.domain.common.NotPermittedException;
import org.probationinspections.web.BadRequestException;
import org.probationinspections.web.Flash;

/**
 * A form posted from a page: runs its use case and redirects (303) where it says; when the use case
 * refuses, shows the page again (422) with the refusal beside the form's fields.
 */
final class Submission {

  private Submission() {}

  /** Shows a page again with the form that was refused. */
  @FunctionalInterface
  interface PageWithForm {
    void show(Context ctx, Form form);
  }

  /** Where a refusal is shown, and which ones are not the form's to show. */
  enum Refusals {
    /**
     * Beside the field the refusal names (else beside the main field); a refusal of the person is a
     * 403, not the form's.
     */
    BESIDE_FIELDS,
    /**
     * Beside the main field; a missing record is a 404, a refusal of the person a 403, a malformed
     * value a 400.
     */
    ON_MAIN_FIELD
  }

  /** The values a request posted, as a form. */
  static Form form(Context ctx) {
    return new Form(ctx.formParamMap());
  }

  /**
   * Runs {@code work}, which returns where to go next, and redirects there; on a refusal shows
   * {@code page} again with the refusal beside its field, with status 422.
   */
  static void submit(
      Context ctx, Form form, String mainField, Supplier<String> work, PageWithForm page) {
    submit(ctx, form, mainField, Refusals.BESIDE_FIELDS, work, page);
  }

  static void submit(
      Context ctx,
      Form form,
      String mainField,
      Refusals refusals,
      Supplier<String> work,
      PageWithForm page) {
    Optional<String> next = attempt(form, mainField, refusals, work);
    if (next.isPresent()) {
      Flash.leave(ctx, Done.message(ctx, form));
      ctx.redirect(next.get(), HttpStatus.SEE_OTHER);
    } else {
      ctx.status(422);
      page.show(ctx, form);
    }
  }

  /**
   * Runs a form's use case; a refusal is put beside the field it names (or beside {@code
   * mainField}, for a rule or a missing record) and false is returned.
   */
  static boolean attempt(Form form, String mainField, Runnable work) {
    return attempt(
            form,
            mainField,
            Refusals.BESIDE_FIELDS,
            () -> {
              work.run();
              return "";
            })
        .isPresent();
  }

  private static Optional<String> attempt(
      Form form, String mainField, Refusals refusals, Supplier<String> work) {
    if (refusals == Refusals.ON_MAIN_FIELD) {
      try {
        return Optional.of(work.get());
      } catch (NotFoundException | NotPermittedException e) {
        throw e; // a missing record is a 404; a refusal of the person a 403, as on the API
      } catch (DomainException e) {
        form.reject(mainField, ErrorWords.plain(mainField, e.getMessage()));
        return Optional.empty();
      }
    }
    try {
      return Optional.of(work.get());
    } catch (NotPermittedException e) {
      throw e; // a refusal of the person, not of the form: 403, as on the API
    } catch (InvalidValueException e) {
      String field = fieldOf(e.field(), mainField);
      form.reject(field, ErrorWords.plain(field, e.getMessage()));
    } catch (BadRequestException e) {
      String field = e.field().isEmpty() ? mainField : e.field();
      form.reject(field, ErrorWords.plain(field, e.getMessage()));
    } catch (DomainException e) {
      form.reject(mainField, ErrorWords.plain(mainField, e.getMessage()));
    }
    return Optional.empty();
  }

  private static String fieldOf(String domainField, String mainField) {
    if (domainField.startsWith("keyQuestion") || domainField.equals("results")) {
      return "keyQuestions";
    }
    // The domain names nested fields "item.reason", "action.owners": the form field is the last
    // part.
    return switch (domainField.substring(domainField.lastIndexOf('.') + 1)) {
      case "name",
          "region",
          "aliases",
          "fieldworkStarted",
          "published",
          "casesInspected",
          "leadInspector",
          "framework",
          "standard",
          "rating",
          "level",
          "text",
          "owners",
          "target",
          "status",
          "item",
          "reason",
          "explanation",
          "answers",
          "date",
          "submitted",
          "inspections",
          "review",
          "judgement",
          "action" ->
          domainField.substring(domainField.lastIndexOf('.') + 1);
      default -> mainField;
    };
  }
}
