package org.probationinspections.web.security;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.javalin.http.UnauthorizedResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.account.port.in.SignInUseCase;
import org.probationinspections.application.port.out.SessionRepository;
import org.probationinspections.domain.account.Actor;
import org.probationinspections.domain.account.Permission;
import org.probationinspections.web.Routes;

/**
 * Who is asking, and may they: every request that reaches an endpoint passes here once ({@link
 * Routes}). It finds the actor (an API token in {@code Authorization: Bearer}, else the session
 * cookie, else anonymous), checks the CSRF token of every state-changing request that rides on the
 * cookie, and checks the route's permission from {@link AccessPolicy}: 401 on the API and a
 * redirect to the sign-in page on the pages when nobody is signed in, 403 when the signed-in person
 * may not. It also serves the sign-in and sign-out routes and sets the security headers of every
 * response.
 */
public final class WebSecurity {

  static final String COOKIE = "inspections_session";

  /** No script but the product's own files, no framing, no plugins, forms post home only. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline';"
          + " img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  static final String HTML = "text/html;charset=utf-8";

  private final SecurityUseCases useCases;
  private final RequestActor requestActor;
  private final WebSettings settings;
  private final Sessions sessions;

  public WebSecurity(
      SecurityUseCases useCases,
      SessionRepository sessions,
      RequestActor requestActor,
      WebSettings settings) {
    this.useCases = useCases;
    this.sessions = new Sessions(sessions);
    this.requestActor = requestActor;
    this.settings = settings;
  }

  /**
   * Sets the headers of every response and serves signing in and out; {@code routes} guards every
   * endpoint through {@link #admit}.
   */
  public void register(Javalin app, Routes routes) {
    app.before(this::headers);
    app.after(
        ctx -> {
          pageHeaders(ctx);
          requestActor.clear();
          RequestSecurity.clear();
        });
    routes.get("/login", ctx -> loginPage(ctx, "", 200));
    routes.post("/login", this::login);
    routes.post("/logout", this::logout);
  }

  private void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    if (secure(ctx)) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
  }

  /**
   * A page is never kept by the browser or a proxy: it shows what the signed-in person may see and
   * carries their session's CSRF token, and the back button after signing out must not show it
   * again. It says its character set, so that nothing has to guess it. (The API sets its own
   * caching: its JSON carries an ETag to revalidate.)
   */
  private static void pageHeaders(Context ctx) {
    String type = ctx.res().getContentType();
    if (type != null && type.regionMatches(true, 0, "text/html", 0, 9)) {
      ctx.contentType(HTML);
      ctx.header("Cache-Control", "no-store");
    }
  }

  /**
   * Finds who is asking and checks that they hold {@code needed} (empty for a public route), the
   * CSRF token of a change that rides on the cookie included. Returns false when the request has
   * been answered with a redirect to the sign-in page; throws 401 or 403 when it is refused.
   */
  public boolean admit(Context ctx, Optional<Permission> needed) {
    requestActor.clear();
    RequestSecurity.clear();
    boolean api = ctx.path().startsWith("/api");
    String authorization = ctx.header("Authorization");
    Optional<Sessions.Session> session = Optional.empty();
    Actor actor;
    boolean byToken = authorization != null;
    if (byToken) {
      if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
        throw unauthorized(ctx, "Use Authorization: Bearer with an API token");
      }
      actor =
          useCases
              .identify()
              .byApiToken(authorization.substring(7).strip())
              .orElseThrow(() -> unauthorized(ctx, "The API token is unknown or revoked"));
    } else {
      session = sessions.find(ctx.cookie(COOKIE));
      actor =
          session
              .flatMap(Sessions.Session::username)
              .flatMap(useCases.identify()::byUsername)
              .orElse(Actor.anonymous());
    }
    requestActor.set(actor);
    RequestSecurity.set(new RequestSecurity.State(actor, session.map(Sessions.Session::csrf)));

    boolean reads = AccessPolicy.isRead(ctx.method());
    boolean anonymous = actor.kind() == Actor.Kind.ANONYMOUS;
    if (needed.isEmpty()
        || (anonymous && settings.anonymousRead() && needed.get() == Permission.READ)) {
      if (!reads && !byToken) {
        checkCsrf(ctx, session);
      }
      return true;
    }
    if (anonymous) {
      if (api) {
        throw unauthorized(ctx, "Sign in, or send an API token as Authorization: Bearer");
      }
      String next = reads ? ctx.path() + query(ctx) : "/";
      String signIn = "/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8);
      if (ctx.header("HX-Request") != null) {
        // An htmx request would draw the sign-in page inside the part of the page it swaps:
        // tell htmx to go to the sign-in page instead, and come back to the page it was on.
        String page = ctx.header("HX-Current-URL");
        String back = page == null ? "/" : safeNext(pathOf(page));
        ctx.header("HX-Redirect", "/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        ctx.status(401).result("");
        return false;
      }
      ctx.redirect(signIn, HttpStatus.SEE_OTHER);
      return false;
    }
    if (!reads && !byToken) {
      checkCsrf(ctx, session);
    }
    if (!actor.may(needed.get())) {
      throw new ForbiddenResponse(
          "You are signed in as "
              + actor.name()
              + ", "
              + roleInWords(actor)
              + ", who may not "
              + inWords(needed.get())
              + ". Ask an administrator if you need to.");
    }
    return true;
  }

  /** What a permission lets a person do, in the words of the refusal. */
  static String inWords(Permission permission) {
    return switch (permission) {
      case READ -> "read the records";
      case EDIT_INSPECTIONS ->
          "change inspections, regional letters or the units inspected (the inspectorate's work)";
      case EDIT_PLANS -> "change action plans";
      case JUDGE_FOLLOW_UP -> "judge how an action plan is followed up";
      case READ_AUDIT -> "read the history of changes";
      case MANAGE_USERS -> "manage people and API tokens";
    };
  }

  private static String roleInWords(Actor actor) {
    return switch (actor.role()) {
      case ADMIN -> "an administrator";
      case INSPECTOR -> "an inspector";
      case PROVIDER -> "a member of a region's probation service";
      case READER -> "a reader";
    };
  }

  /** The path and query of an address this site's pages gave, for a way back after signing in. */
  private static String pathOf(String address) {
    try {
      java.net.URI uri = java.net.URI.create(address);
      return (uri.getRawPath() == null ? "/" : uri.getRawPath())
          + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    } catch (IllegalArgumentException unreadable) {
      return "/";
    }
  }

  private static String query(Context ctx) {
    return ctx.queryString() == null ? "" : "?" + ctx.queryString();
  }

  private static void checkCsrf(Context ctx, Optional<Sessions.Session> session) {
    checkOrigin(ctx);
    String sent = ctx.header(RequestSecurity.CSRF_HEADER);
    if (sent == null && isForm(ctx)) {
      sent = ctx.formParam(RequestSecurity.CSRF_FIELD);
    }
    if (session.isEmpty()
        || sent == null
        || !MessageDigest.isEqual(
            session.get().csrf().getBytes(StandardCharsets.UTF_8),
            sent.getBytes(StandardCharsets.UTF_8))) {
      throw new ForbiddenResponse(
          "The form's security token is missing or out of date: reload the page and try again");
    }
  }

  /**
   * A change that rides on the session cookie and says where it comes from ({@code Origin}, which
   * browsers send with every cross-site and most same-site changes) must come from this site, as
   * the browser addressed it ({@code Host}, or {@code X-Forwarded-Host} behind a proxy): a second
   * check beside the CSRF token.
   */
  private static void checkOrigin(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null || origin.isBlank()) {
      return;
    }
    String forwarded = ctx.header("X-Forwarded-Host");
    String host = forwarded != null && !forwarded.isBlank() ? forwarded : ctx.header("Host");
    String originHost;
    try {
      java.net.URI uri = java.net.URI.create(origin.strip());
      originHost =
          uri.getHost() == null
              ? null
              : uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException unreadable) {
      originHost = null;
    }
    if (originHost == null
        || host == null
        || !originHost.equalsIgnoreCase(host.split(",")[0].strip())) {
      throw new ForbiddenResponse(
          "This change was sent from another site ("
              + origin
              + ") and is refused: make it from this site's own pages");
    }
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null
        && (type.startsWith("application/x-www-form-urlencoded")
            || type.startsWith("multipart/form-data"));
  }

  private UnauthorizedResponse unauthorized(Context ctx, String message) {
    ctx.header("WWW-Authenticate", "Bearer realm=\"inspections\"");
    return new UnauthorizedResponse(message);
  }

  // signing in and out

  private void loginPage(Context ctx, String error, int status) {
    Sessions.Session session =
        sessions.find(ctx.cookie(COOKIE)).orElseGet(() -> startSession(ctx, Optional.empty()));
    RequestSecurity.set(
        new RequestSecurity.State(requestActor.actor(), Optional.of(session.csrf())));
    ctx.status(status)
        .render(
            "pages/login.jte",
            Map.of("page", new LoginPage(safeNext(ctx.queryParam("next")), error)));
  }

  private void login(Context ctx) {
    String next = safeNext(ctx.formParam("next"));
    SignInUseCase.Outcome outcome =
        useCases.signIn().signIn(ctx.formParam("username"), ctx.formParam("password"));
    if (outcome.actor().isEmpty()) {
      loginPageAfterFailure(ctx, outcome.refusal(), next);
      return;
    }
    sessions.end(ctx.cookie(COOKIE));
    startSession(ctx, Optional.of(outcome.actor().get().name()));
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  private void loginPageAfterFailure(Context ctx, String error, String next) {
    Sessions.Session session =
        sessions.find(ctx.cookie(COOKIE)).orElseGet(() -> startSession(ctx, Optional.empty()));
    RequestSecurity.set(
        new RequestSecurity.State(requestActor.actor(), Optional.of(session.csrf())));
    ctx.status(401).render("pages/login.jte", Map.of("page", new LoginPage(next, error)));
  }

  private void logout(Context ctx) {
    sessions.end(ctx.cookie(COOKIE));
    Cookie gone = cookie(ctx, "");
    gone.setMaxAge(0);
    ctx.cookie(gone);
    ctx.redirect("/login", HttpStatus.SEE_OTHER);
  }

  private Sessions.Session startSession(Context ctx, Optional<String> username) {
    Sessions.Session session = sessions.start(username);
    ctx.cookie(cookie(ctx, session.id()));
    return session;
  }

  private Cookie cookie(Context ctx, String value) {
    return new Cookie(COOKIE, value, "/", -1, secure(ctx), 0, true, null, null, SameSite.LAX);
  }

  private boolean secure(Context ctx) {
    return settings.secureCookies() || "https".equalsIgnoreCase(ctx.scheme());
  }

  /**
   * Only a path on this site: never an absolute or protocol-relative address (open redirect).
   * Browsers drop tabs and newlines from an address and read a backslash as a slash, so {@code
   * /\t/evil.example} would lead to another host: a value holding a control character, whitespace
   * (or an invisible formatting character) or a backslash is refused outright, as is one that would
   * start with {@code //} once such characters are removed. A refused value becomes {@code /}.
   */
  static String safeNext(String next) {
    if (next == null || next.length() > 2000 || !next.startsWith("/")) {
      return "/";
    }
    StringBuilder visible = new StringBuilder(next.length());
    boolean refused = false;
    for (int i = 0; i < next.length(); ) {
      int c = next.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\\' || invisible(c)) {
        refused = true;
      } else {
        visible.appendCodePoint(c);
      }
    }
    if (refused || visible.toString().startsWith("//")) {
      return "/";
    }
    return next;
  }

  private static boolean invisible(int c) {
    return Character.isISOControl(c)
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /** What the sign-in page shows. */
  public record LoginPage(String next, String error) {}
}
