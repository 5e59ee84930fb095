package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The web tests' client: runs a scenario against a {@link TestWorld}'s web app, as the
 * administrator, as the holder of an API token or anonymously; and the helpers the tests share to
 * send forms and JSON, read bodies, pages and problems, and sign in with a session.
 */
public final class WebTestClient {

  /** What a test does with the running app. */
  public interface Scenario {
    void run(HttpClient client) throws Exception;
  }

  private static final MediaType JSON = MediaType.get("application/json");

  private final Supplier<TestWorld> world;

  /** Over the world {@code world} gives when a scenario runs (a test may make a new one). */
  public WebTestClient(Supplier<TestWorld> world) {
    this.world = world;
  }

  /** As the administrator, whose API token goes with every request. */
  public void asAdministrator(Scenario scenario) {
    as(world.get().adminToken, scenario);
  }

  /** With {@code Authorization: Bearer token} on every request. */
  public void as(String token, Scenario scenario) {
    JavalinTest.test(
        world.get().web.create(), TestWorld.as(token), (server, client) -> scenario.run(client));
  }

  /** With no token and no session. */
  public void anonymously(Scenario scenario) {
    JavalinTest.test(world.get().web.create(), (server, client) -> scenario.run(client));
  }

  // requests, none following a redirect

  static OkHttpClient noRedirects(HttpClient client) {
    return client.getOkHttp().newBuilder().followRedirects(false).build();
  }

  /** A GET, with the session cookie when there is one. */
  static Response get(HttpClient client, String path, String cookie) throws IOException {
    return get(client, HttpUrl.get(client.getOrigin() + path), cookie);
  }

  static Response get(HttpClient client, HttpUrl url, String cookie) throws IOException {
    Request.Builder request = new Request.Builder().url(url);
    if (cookie != null) {
      request.header("Cookie", cookie);
    }
    return noRedirects(client).newCall(request.build()).execute();
  }

  /** Posts a form of name and value pairs, with the session cookie when there is one. */
  static Response form(HttpClient client, String path, String cookie, String... pairs)
      throws IOException {
    return postForm(
        client,
        path,
        request -> {
          if (cookie != null) {
            request.header("Cookie", cookie);
          }
        },
        pairs);
  }

  /** Posts a form of name and value pairs in a signed-in session, with its CSRF token. */
  static Response signedInForm(HttpClient client, String path, Session session, String... pairs)
      throws IOException {
    String[] withToken = new String[pairs.length + 2];
    withToken[0] = "_csrf";
    withToken[1] = session.csrf();
    System.arraycopy(pairs, 0, withToken, 2, pairs.length);
    return form(client, path, session.cookie(), withToken);
  }

  /** Posts a form of name and value pairs, with the headers {@code headers} adds. */
  static Response postForm(
      HttpClient client, String path, Consumer<Request.Builder> headers, String... pairs)
      throws IOException {
    FormBody.Builder body = new FormBody.Builder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.add(pairs[i], pairs[i + 1]);
    }
    Request.Builder request =
        new Request.Builder().url(client.getOrigin() + path).post(body.build());
    headers.accept(request);
    return send(client, request);
  }

  /** Sends the request through the scenario's client (its token too), not following a redirect. */
  static Response send(HttpClient client, Request.Builder request) throws IOException {
    return noRedirects(client).newCall(request.build()).execute();
  }

  /** Posts JSON. */
  static Response postJson(HttpClient client, String path, String json) throws IOException {
    return noRedirects(client)
        .newCall(
            new Request.Builder()
                .url(client.getOrigin() + path)
                .post(RequestBody.create(json, JSON))
                .build())
        .execute();
  }

  /** Puts JSON through the scenario's client. */
  static Response putJson(HttpClient client, String path, String json) throws IOException {
    return client.request(path, builder -> builder.put(RequestBody.create(json, JSON)));
  }

  // reading answers

  /** The body, once the status is {@code status}. */
  static String body(Response response, int status) throws IOException {
    String body = response.body().string();
    assertEquals(status, response.code(), body);
    return body;
  }

  /** Where the response redirects to, once the status is {@code status}. */
  static String redirect(Response response, int status) {
    assertEquals(status, response.code());
    String location = response.header("Location");
    assertNotNull(location, "no Location");
    return location;
  }

  /** The JSON body, once the status is {@code status} and the content type JSON. */
  static JsonNode json(Response response, int status) throws IOException {
    String body = response.body().string();
    assertEquals(status, response.code(), body);
    assertTrue(response.header("Content-Type").startsWith("application/json"), body);
    return InterchangeJson.mapper().readTree(body);
  }

  /** An HTML page, once the status is {@code status} and it holds each of {@code words}. */
  static String page(Response response, int status, String... words) throws IOException {
    String html = response.body().string();
    assertEquals(status, response.code(), html);
    assertTrue(
        response.header("Content-Type").startsWith("text/html"), response.header("Content-Type"));
    for (String word : words) {
      assertTrue(html.contains(word), "page lacks '" + word + "'");
    }
    return html;
  }

  /**
   * Checks status, problem+json content type, the RFC 9457 members, and what the detail names
   * ({@code member}'s value, unless {@code member} is null).
   */
  static JsonNode problem(Response response, int status, String member, String value)
      throws IOException {
    String body = response.body().string();
    assertEquals(status, response.code(), body);
    assertTrue(response.header("Content-Type").startsWith("application/problem+json"), body);
    JsonNode problem = InterchangeJson.mapper().readTree(body);
    assertEquals(status, problem.get("status").asInt());
    assertTrue(problem.hasNonNull("type") && problem.hasNonNull("title"), body);
    assertTrue(problem.hasNonNull("detail"), body);
    if (member != null) {
      assertEquals(value, problem.path(member).asText(), body);
    }
    return problem;
  }

  // sessions

  /** A browser's session: the cookie and the CSRF token its pages carry. */
  record Session(String cookie, String csrf) {}

  /** The cookie a response sets, as a browser would send it back. */
  static String cookieOf(Response response) {
    String header = response.header("Set-Cookie");
    assertNotNull(header, "no Set-Cookie");
    return header.substring(0, header.indexOf(';'));
  }

  /** The value of a page's hidden field. */
  static String field(String html, String name) {
    Matcher m =
        Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
    assertTrue(m.find(), "no " + name + " field in the page");
    return m.group(1);
  }

  /** The page's CSRF token. */
  static String csrfOf(String html) {
    Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
    assertTrue(m.find(), "no CSRF field in the page");
    return m.group(1);
  }

  /**
   * Signs in through the sign-in form, which must issue a new session id; the session, with the
   * CSRF token of the page it lands on.
   */
  static Session signIn(HttpClient client, String name, String password) throws IOException {
    Response page = get(client, "/login", null);
    String html = page.body().string();
    String cookie = cookieOf(page);
    String csrf = csrfOf(html);
    Response signedIn =
        form(
            client,
            "/login",
            cookie,
            "_csrf",
            csrf,
            "username",
            name,
            "password",
            password,
            "next",
            "/");
    assertEquals(303, signedIn.code(), signedIn.body().string());
    String session = cookieOf(signedIn);
    assertFalse(session.equals(cookie), "signing in must issue a new session id");
    Response home = get(client, "/", session);
    if (home.code() == 302) {
      // A provider's home is My actions, where "/" sends them.
      home = get(client, home.header("Location"), session);
    }
    return new Session(session, csrfOf(home.body().string()));
  }
}
