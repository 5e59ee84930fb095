package org.probationinspections.persistence.jdbc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * A logical export of every table as JSON: {@code {"format", "exportedAt", "tables": {name: [row,
 * ...]}}}, read in one repeatable-read transaction so that it is consistent while the product keeps
 * writing. Dates and instants are written as ISO-8601 text.
 */
final class JsonExport {

  static final String FORMAT = "probation-inspections-export/1";

  private JsonExport() {}

  static void write(Handle handle, Path target) {
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("format", FORMAT);
    export.put("exportedAt", Instant.now().toString());
    Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
    handle.setTransactionIsolationLevel(TransactionIsolationLevel.REPEATABLE_READ);
    handle.useTransaction(
        h -> {
          for (String table : Schema.TABLES) {
            tables.put(
                table,
                h.createQuery(Schema.selectAllSql(table)).mapToMap().map(JsonExport::plain).list());
          }
        });
    export.put("tables", tables);
    try {
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .writeValue(target.toFile(), export);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export to " + target, e);
    }
  }

  private static Map<String, Object> plain(Map<String, Object> row) {
    Map<String, Object> plain = new LinkedHashMap<>();
    row.forEach((column, value) -> plain.put(column, plainValue(value)));
    return plain;
  }

  private static Object plainValue(Object value) {
    if (value instanceof Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant().toString();
    }
    if (value instanceof LocalDate || value instanceof OffsetDateTime || value instanceof Instant) {
      return value.toString();
    }
    return value;
  }
}
