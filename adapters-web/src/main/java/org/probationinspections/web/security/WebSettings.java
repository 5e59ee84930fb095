package org.probationinspections.web.security;

/**
 * How the web adapter is exposed. {@code anonymousRead}: people not signed in may read (off by
 * default); {@code secureCookies}: mark the session cookie Secure (on behind TLS; requests that
 * arrive over https get it anyway); {@code maxRequestBytes}: the largest request body accepted.
 */
public record WebSettings(boolean anonymousRead, boolean secureCookies, long maxRequestBytes) {

  public static final long DEFAULT_MAX_REQUEST_BYTES = 2_000_000;

  public WebSettings {
    if (maxRequestBytes < 1_000) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1000");
    }
  }

  public static WebSettings defaults() {
    return new WebSettings(false, false, DEFAULT_MAX_REQUEST_BYTES);
  }
}
