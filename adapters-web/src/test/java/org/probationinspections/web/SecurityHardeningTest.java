package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.cookieOf;
import static org.probationinspections.web.WebTestClient.field;
import static org.probationinspections.web.WebTestClient.form;
import static org.probationinspections.web.WebTestClient.get;

import io.javalin.testtools.HttpClient;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.account.port.in.SignInUseCase;
import org.probationinspections.domain.account.User;
import org.probationinspections.web.security.WebSecurityAccess;

/**
 * Hardening of sign-in and of the pages: no redirect to another host after signing in whatever
 * characters hide in {@code next}, a locked account refused like any other failure, and pages that
 * are never cached and say their character set.
 */
class SecurityHardeningTest extends NorthWestWebTest {

  /** Addresses a browser would follow to another host once it drops or rereads the odd ones. */
  private static final List<String> TO_ANOTHER_HOST =
      List.of(
          "/\t/evil.example/x",
          "/\n/evil.example/x",
          "/\r/evil.example/x",
          "/\r\n/evil.example/x",
          "/ /evil.example/x",
          "/\u000b/evil.example/x",
          "/\u0000/evil.example/x",
          "/\u00a0/evil.example/x",
          "/\u200b/evil.example/x",
          "/\\evil.example/x",
          "/x/..\\\\evil.example",
          "\t//evil.example/x",
          "//evil.example/x",
          "https://evil.example/x");

  /** A session on the sign-in page: its cookie and the page's CSRF token. */
  record LoginForm(String cookie, String csrf) {}

  private static LoginForm loginForm(HttpClient client) throws IOException {
    Response page = get(client, "/login", null);
    String html = page.body().string();
    return new LoginForm(cookieOf(page), field(html, "_csrf"));
  }

  private static Response signIn(
      HttpClient client, LoginForm form, String name, String password, String next)
      throws IOException {
    return form(
        client,
        "/login",
        form.cookie(),
        "_csrf",
        form.csrf(),
        "username",
        name,
        "password",
        password,
        "next",
        next);
  }

  private static String alert(String html) {
    Matcher m = Pattern.compile("<a href=\"#username\">([^<]*)</a>").matcher(html);
    assertTrue(m.find(), "no refusal in the page: " + html);
    return m.group(1);
  }

  // 1. the address to go to after signing in

  @Test
  void safeNext_refusesControlCharactersWhitespaceAndBackslashes_keepsOrdinaryPaths() {
    for (String next : TO_ANOTHER_HOST) {
      assertEquals("/", WebSecurityAccess.next(next), () -> "refused: " + visible(next));
    }
    for (String next :
        List.of("/", "/regions", "/regions?x=1&y=%20z", "/action-plans/12/items/1#a", "/a//b")) {
      assertEquals(next, WebSecurityAccess.next(next));
    }
  }

  @Test
  void signInPage_doesNotCarryANextWithATab_orANewline_intoItsForm() {
    web.anonymously(
        client -> {
          for (String next : TO_ANOTHER_HOST) {
            HttpUrl url =
                HttpUrl.get(client.getOrigin() + "/login")
                    .newBuilder()
                    .addQueryParameter("next", next)
                    .build();
            Response page = get(client, url, null);
            assertEquals(200, page.code());
            assertEquals("/", field(page.body().string(), "next"), () -> visible(next));
          }
          Response page = get(client, "/login?next=/%09/evil.example/x", null);
          assertEquals("/", field(page.body().string(), "next"));
          Response kept = get(client, "/login?next=%2Fregions%3Fx%3D1", null);
          assertEquals("/regions?x=1", field(kept.body().string(), "next"));
        });
  }

  @Test
  void signingIn_withANextHidingAnotherHost_goesHome() {
    web.anonymously(
        client -> {
          for (String next : TO_ANOTHER_HOST) {
            Response signedIn =
                signIn(client, loginForm(client), "admin", TestWorld.ADMIN_PASSWORD, next);
            assertEquals(303, signedIn.code(), () -> visible(next));
            assertEquals("/", signedIn.header("Location"), () -> visible(next));
          }
          Response ordinary =
              signIn(client, loginForm(client), "admin", TestWorld.ADMIN_PASSWORD, "/regions");
          assertEquals("/regions", ordinary.header("Location"));
        });
  }

  // 2. a locked account

  @Test
  void aLockedAccount_isRefusedWithTheSameSentence_asAWrongPasswordOrAnUnknownName() {
    SignInUseCase signIn = world.services.signIn();
    String wrongPassword = signIn.signIn("admin", "wrong password").refusal();
    for (int i = 1; i < User.MAX_FAILED_LOGINS; i++) {
      assertTrue(signIn.signIn("admin", "wrong password").actor().isEmpty());
    }
    String unknown = signIn.signIn("nobody-of-that-name", "wrong password").refusal();

    SignInUseCase.Outcome lockedRightPassword = signIn.signIn("admin", TestWorld.ADMIN_PASSWORD);
    SignInUseCase.Outcome lockedWrongPassword = signIn.signIn("admin", "wrong password");

    assertTrue(lockedRightPassword.actor().isEmpty(), "the lock holds for the right password");
    assertTrue(lockedWrongPassword.actor().isEmpty());
    assertEquals(wrongPassword, unknown);
    assertEquals(wrongPassword, lockedRightPassword.refusal());
    assertEquals(wrongPassword, lockedWrongPassword.refusal());
  }

  @Test
  void signInPage_answersALockedAccount_asAnUnknownName() {
    web.anonymously(
        client -> {
          Response wrong = signIn(client, loginForm(client), "admin", "wrong password", "/");
          int wrongStatus = wrong.code();
          String wrongText = alert(wrong.body().string());
          for (int i = 1; i < User.MAX_FAILED_LOGINS; i++) {
            signIn(client, loginForm(client), "admin", "wrong password", "/").close();
          }
          Response unknown =
              signIn(client, loginForm(client), "nobody-of-that-name", "wrong password", "/");
          Response locked =
              signIn(client, loginForm(client), "admin", TestWorld.ADMIN_PASSWORD, "/");

          assertEquals(401, wrongStatus);
          assertEquals(wrongStatus, unknown.code());
          assertEquals(wrongStatus, locked.code(), "the lock holds for the right password");
          String lockedText = alert(locked.body().string());
          assertEquals(wrongText, alert(unknown.body().string()));
          assertEquals(wrongText, lockedText);
        });
  }

  // 3. the headers of a page

  @Test
  void aPageFetchedWithAToken_isNotStored_andSaysItsCharacterSet() {
    web.as(
        world.adminToken,
        client -> {
          for (String path : List.of("/", "/regions", "/action-plans/" + nw.plan.value())) {
            Response page = client.get(path);
            assertEquals(200, page.code(), path);
            assertEquals("no-store", page.header("Cache-Control"), path);
            assertHtmlInUtf8(page, path);
          }
        });
  }

  @Test
  void aPageFetchedWithASession_isNotStored_andSaysItsCharacterSet() {
    web.anonymously(
        client -> {
          Response signedIn =
              signIn(client, loginForm(client), "admin", TestWorld.ADMIN_PASSWORD, "/");
          assertEquals(303, signedIn.code());
          String session = cookieOf(signedIn);
          for (String path : List.of("/", "/regions")) {
            Response page = get(client, path, session);
            assertEquals(200, page.code(), path);
            assertEquals("no-store", page.header("Cache-Control"), path);
            assertHtmlInUtf8(page, path);
          }
          Response login = get(client, "/login", null);
          assertEquals("no-store", login.header("Cache-Control"));
          assertHtmlInUtf8(login, "/login");
        });
  }

  /** {@code text/html; charset=utf-8}, however the server spaces and cases it (RFC 9110). */
  private static void assertHtmlInUtf8(Response response, String path) {
    String type = response.header("Content-Type");
    assertNotNull(type, path);
    assertEquals(
        "text/html;charset=utf-8",
        type.replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT),
        path + ": " + type);
  }

  private static String visible(String value) {
    StringBuilder out = new StringBuilder();
    value.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7e ? "\\u" + c : (char) c));
    return out.toString();
  }
}
