package org.probationinspections.web.security;

/** Opens the sign-in redirect check to the tests of another package. */
public final class WebSecurityAccess {

  private WebSecurityAccess() {}

  public static String next(String value) {
    return WebSecurity.safeNext(value);
  }
}
