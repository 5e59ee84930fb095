package org.probationinspections.web.pages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a person typed into one form, and the refusals to show beside its fields. */
public final class Form {

  private final Map<String, List<String>> values;
  private final Map<String, String> errors = new LinkedHashMap<>();

  public Form(Map<String, List<String>> values) {
    this.values = values;
  }

  public static Form empty() {
    return new Form(Map.of());
  }

  /** A form not yet sent, with {@code field} filled in beforehand. */
  public static Form of(String field, String value) {
    return new Form(Map.of(field, List.of(value)));
  }

  public String value(String field) {
    List<String> all = values.get(field);
    return all == null || all.isEmpty() ? "" : all.get(0);
  }

  /** Every value sent for {@code field} (the ticked boxes of a group), none when none was. */
  public List<String> values(String field) {
    return values.getOrDefault(field, List.of());
  }

  public String value(String field, String fallback) {
    String value = value(field);
    return value.isEmpty() ? fallback : value;
  }

  /** The field's value split at {@code separators} (a regular expression), blank parts left out. */
  public List<String> list(String field, String separators) {
    return Arrays.stream(value(field).split(separators))
        .map(String::strip)
        .filter(part -> !part.isEmpty())
        .toList();
  }

  /** The refusal for {@code field}, or null (a null attribute or text renders nothing). */
  public String error(String field) {
    return errors.get(field);
  }

  /** An id for the error's element, for aria-describedby; null when there is no error. */
  public String errorId(String form, String field) {
    return errors.containsKey(field) ? form + "-" + field + "-error" : null;
  }

  /** Each refused field and its refusal, in the order they were found. */
  public Map<String, String> errors() {
    return java.util.Collections.unmodifiableMap(errors);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  void reject(String field, String message) {
    errors.merge(field, message, (a, b) -> a + " " + b);
  }
}
