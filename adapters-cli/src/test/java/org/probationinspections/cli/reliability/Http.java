package org.probationinspections.cli.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The probes' HTTP client: a request with its headers and body, and the answer's status, headers
 * and text. A signed-in browser is a {@link Session}: its cookie and its CSRF token, sent as the
 * pages' forms send them.
 */
public final class Http {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** An answer; {@code status} is -1 when the connection failed or the answer did not come. */
  public record Answer(int status, String body, Optional<String> location, String failure) {
    public boolean serverError() {
      return status >= 500 || status < 0;
    }
  }

  /** How a request proves who sends it: nothing, a bearer token, or a browser's session. */
  public interface Credentials {
    void apply(HttpRequest.Builder request, boolean form);

    /** What a form posts besides its fields (the CSRF token for a session). */
    default Map<String, String> formFields() {
      return Map.of();
    }
  }

  public static final Credentials ANONYMOUS = (request, form) -> {};

  public static Credentials bearer(String token) {
    return (request, form) -> request.header("Authorization", "Bearer " + token);
  }

  /** A browser signed in: the session cookie and the session's CSRF token. */
  public record Session(String cookie, String csrf) implements Credentials {
    @Override
    public void apply(HttpRequest.Builder request, boolean form) {
      request.header("Cookie", cookie);
      if (!form) {
        request.header("X-CSRF-Token", csrf);
      }
    }

    @Override
    public Map<String, String> formFields() {
      return Map.of("_csrf", csrf);
    }
  }

  public Answer send(
      String method, URI uri, Credentials who, String contentType, byte[] body, boolean form) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    who.apply(request, form);
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(
          response.statusCode(), response.body(), response.headers().firstValue("Location"), "");
    } catch (IOException e) {
      return new Answer(-1, "", Optional.empty(), e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Answer(-1, "", Optional.empty(), e.toString());
    }
  }

  public Answer get(URI uri, Credentials who) {
    return send("GET", uri, who, null, null, false);
  }

  public Answer json(String method, URI uri, Credentials who, String json) {
    return send(method, uri, who, "application/json", json.getBytes(StandardCharsets.UTF_8), false);
  }

  /** A form post as a page sends it, with the session's CSRF token among its fields. */
  public Answer form(URI uri, Credentials who, Map<String, String> fields) {
    Map<String, String> all = new LinkedHashMap<>(who.formFields());
    all.putAll(fields);
    return send(
        "POST",
        uri,
        who,
        "application/x-www-form-urlencoded",
        encode(all).getBytes(StandardCharsets.UTF_8),
        true);
  }

  static String encode(Map<String, String> fields) {
    StringBuilder out = new StringBuilder();
    for (var field : fields.entrySet()) {
      for (String value : field.getValue().split("\u001F", -1)) {
        out.append(out.length() == 0 ? "" : "&")
            .append(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8))
            .append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    return out.toString();
  }

  /** A browser that has opened the sign-in page: an anonymous session and its CSRF token. */
  public Session anonymousSession(String base) {
    HttpResponse<String> page = raw(URI.create(base + "/login"), null, null);
    return new Session(cookie(page), csrf(page.body()));
  }

  /** Signs in through the sign-in page, as a browser does, and returns the session. */
  public Session signIn(String base, String username, String password) {
    HttpResponse<String> page = raw(URI.create(base + "/login"), null, null);
    String anonymous = cookie(page);
    HttpResponse<String> signedIn =
        raw(
            URI.create(base + "/login"),
            anonymous,
            encode(
                Map.of(
                    "_csrf",
                    csrf(page.body()),
                    "username",
                    username,
                    "password",
                    password,
                    "next",
                    "/")));
    if (signedIn.statusCode() != 303) {
      throw new IllegalStateException(
          username + " could not sign in: " + signedIn.statusCode() + " " + signedIn.body());
    }
    String cookie = cookie(signedIn);
    HttpResponse<String> home = raw(URI.create(base + "/"), cookie, null);
    if (home.statusCode() == 302) {
      // A provider's home is My actions, where "/" sends them.
      home =
          raw(
              URI.create(base).resolve(home.headers().firstValue("Location").orElseThrow()),
              cookie,
              null);
    }
    return new Session(cookie, csrf(home.body()));
  }

  private HttpResponse<String> raw(URI uri, String cookie, String form) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT);
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    if (form != null) {
      request
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(form));
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("no answer from " + uri, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The session cookie an answer sets, as a browser sends it back. */
  public static String cookie(HttpResponse<?> response) {
    String header =
        response
            .headers()
            .firstValue("Set-Cookie")
            .orElseThrow(() -> new IllegalStateException("no session cookie"));
    return header.substring(0, header.indexOf(';'));
  }

  /** The CSRF token of a page's forms. */
  public static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token in the page");
    }
    return m.group(1);
  }
}
