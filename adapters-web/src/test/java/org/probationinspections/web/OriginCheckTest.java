package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.cookieOf;
import static org.probationinspections.web.WebTestClient.field;
import static org.probationinspections.web.WebTestClient.noRedirects;

import io.javalin.testtools.HttpClient;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/**
 * A change made with the session cookie and the right CSRF token is still refused when the browser
 * says it was sent from another site ({@code Origin}); from this site it goes through.
 */
class OriginCheckTest {

  /** Signs in as the administrator; returns the session cookie and a page's CSRF token. */
  private static String[] signedIn(HttpClient client) throws Exception {
    OkHttpClient http = noRedirects(client);
    Response login =
        http.newCall(new Request.Builder().url(client.getOrigin() + "/login").build()).execute();
    String cookie = cookieOf(login);
    String csrf = field(login.body().string(), "_csrf");
    Response signedIn =
        http.newCall(
                new Request.Builder()
                    .url(client.getOrigin() + "/login")
                    .header("Cookie", cookie)
                    .post(
                        new FormBody.Builder()
                            .add("_csrf", csrf)
                            .add("username", "admin")
                            .add("password", TestWorld.ADMIN_PASSWORD)
                            .add("next", "/")
                            .build())
                    .build())
            .execute();
    assertEquals(303, signedIn.code());
    String session = cookieOf(signedIn);
    String page =
        http.newCall(
                new Request.Builder()
                    .url(client.getOrigin() + "/regions")
                    .header("Cookie", session)
                    .build())
            .execute()
            .body()
            .string();
    return new String[] {session, field(page, "_csrf")};
  }

  private static Response createRegion(
      HttpClient client, String[] session, String name, String origin) throws Exception {
    Request.Builder request =
        new Request.Builder()
            .url(client.getOrigin() + "/regions")
            .header("Cookie", session[0])
            .post(new FormBody.Builder().add("_csrf", session[1]).add("name", name).build());
    if (origin != null) {
      request.header("Origin", origin);
    }
    return noRedirects(client).newCall(request.build()).execute();
  }

  @Test
  void aChangeSentFromAnotherSite_isRefused_evenWithTheRightToken() {
    TestWorld world = new TestWorld();
    new WebTestClient(() -> world)
        .anonymously(
            client -> {
              String[] session = signedIn(client);
              Response foreign = createRegion(client, session, "Elsewhere", "http://evil.example");
              assertEquals(403, foreign.code(), foreign.body().string());
              Response opaque = createRegion(client, session, "Elsewhere", "null");
              assertEquals(403, opaque.code());
              assertTrue(
                  world.services.listRegions().list().stream()
                      .noneMatch(r -> r.name().equals("Elsewhere")));

              Response own = createRegion(client, session, "Elsewhere", client.getOrigin());
              assertTrue(own.code() < 400, "from this site: " + own.code());
              Response withoutOrigin = createRegion(client, session, "Further", null);
              assertTrue(withoutOrigin.code() < 400, "no Origin: the token decides");
            });
  }
}
