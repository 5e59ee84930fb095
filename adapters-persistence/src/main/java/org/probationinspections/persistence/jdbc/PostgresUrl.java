package org.probationinspections.persistence.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A PostgreSQL JDBC URL, with credentials written before the host ({@code
 * jdbc:postgresql://user:secret@host/db}) taken out, because the driver reads them only as
 * parameters.
 */
public record PostgresUrl(
    String withoutCredentials, Optional<String> user, Optional<String> password) {

  static final String PREFIX = "jdbc:postgresql://";

  public static PostgresUrl parse(String url) {
    if (!url.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a PostgreSQL JDBC URL: it must start with " + PREFIX);
    }
    String rest = url.substring(PREFIX.length());
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      return new PostgresUrl(url, Optional.empty(), Optional.empty());
    }
    String userInfo = authority.substring(0, at);
    String hostAndPath = rest.substring(at + 1);
    int colon = userInfo.indexOf(':');
    String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
    Optional<String> password =
        colon < 0 ? Optional.empty() : Optional.of(decode(userInfo.substring(colon + 1)));
    return new PostgresUrl(
        PREFIX + hostAndPath, Optional.of(decode(user)).filter(u -> !u.isEmpty()), password);
  }

  /** The URL with any password replaced, for messages and logs. */
  public static String masked(String url) {
    String masked = url.replaceAll("(?i)(password=)[^&]*", "$1***");
    if (masked.startsWith(PREFIX)) {
      String rest = masked.substring(PREFIX.length());
      int slash = rest.indexOf('/');
      String authority = slash < 0 ? rest : rest.substring(0, slash);
      int at = authority.lastIndexOf('@');
      int colon = authority.indexOf(':');
      if (at > 0 && colon >= 0 && colon < at) {
        masked = PREFIX + authority.substring(0, colon) + ":***" + rest.substring(at);
      }
    }
    return masked;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return masked(withoutCredentials);
  }
}
