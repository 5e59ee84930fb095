package org.probationinspections.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.probationinspections.domain.common.DomainException;
import org.probationinspections.web.BadRequestException;

/** Reads a request's JSON body into a type. */
final class Bodies {

  private final ObjectMapper json;

  Bodies(ObjectMapper json) {
    this.json = json;
  }

  /**
   * Reads the body; malformed JSON is a 400 naming the field where it could not be read, a value a
   * record refuses is the domain's 422.
   */
  <T> T read(Context ctx, Class<T> type) {
    return parse(ctx, type, Bodies::namingWhereItFailed);
  }

  /** Reads the body; anything unreadable in it is one 400 for the whole body. */
  <T> T readWhole(Context ctx, Class<T> type) {
    return parse(
        ctx,
        type,
        e ->
            new BadRequestException(
                "", "The request body is not readable JSON: " + e.getOriginalMessage()));
  }

  /**
   * A value a record refuses is the domain's refusal; anything else unreadable, {@code
   * unreadable}'s 400.
   */
  private <T> T parse(
      Context ctx, Class<T> type, Function<JacksonException, BadRequestException> unreadable) {
    String text = requireText(ctx);
    try {
      return notNull(json.readValue(text, type));
    } catch (JacksonException e) {
      if (e.getCause() instanceof DomainException refused) {
        throw refused;
      }
      throw unreadable.apply(e);
    }
  }

  private static BadRequestException namingWhereItFailed(JacksonException e) {
    if (!(e instanceof JsonMappingException mapping)) {
      return new BadRequestException("", "The body is not valid JSON: " + e.getOriginalMessage());
    }
    String field =
        mapping.getPath().stream()
            .map(
                ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."));
    return new BadRequestException(
        field,
        "The JSON could not be read"
            + (field.isEmpty() ? "" : " at '" + field + "'")
            + ": "
            + e.getOriginalMessage());
  }

  private static String requireText(Context ctx) {
    String type = ctx.contentType();
    String mediaType =
        type == null ? "" : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
    if (!mediaType.equals("application/json") && !mediaType.endsWith("+json")) {
      throw new io.javalin.http.HttpResponseException(
          415,
          "Send the body as JSON, with Content-Type: application/json"
              + (type == null ? "" : " (it said " + type + ")"));
    }
    String text;
    try {
      text =
          java.nio.charset.StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(ctx.bodyAsBytes()))
              .toString();
    } catch (java.nio.charset.CharacterCodingException malformed) {
      throw new BadRequestException("", "The body is not valid UTF-8 text");
    }
    if (text.isBlank()) {
      throw new BadRequestException("", "The request needs a JSON body");
    }
    return text;
  }

  private static <T> T notNull(T value) {
    if (value == null) {
      throw new BadRequestException("", "The request body must be a JSON object, not null");
    }
    return value;
  }
}
