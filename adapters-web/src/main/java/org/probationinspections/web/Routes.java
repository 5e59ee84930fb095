package org.probationinspections.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;
import java.util.Optional;
import org.probationinspections.domain.account.Permission;
import org.probationinspections.web.security.AccessPolicy;
import org.probationinspections.web.security.WebSecurity;

/**
 * Where every endpoint is registered, so that none escapes the guard: each handler is wrapped to
 * pass {@link WebSecurity} with the permission {@link AccessPolicy} gives its route (looked up
 * once, here), then to choose the request's {@linkplain AsAtViews view}, and only then to run. A
 * GET route answers HEAD through the same guard.
 *
 * <p>The guard runs inside the matched endpoint rather than as a Javalin {@code beforeMatched}
 * handler: with one of those, Javalin matches the request against every route three more times per
 * request to learn whether a route will match. Requests that match no route (static files, 404s)
 * are not guarded, as before: the product's static files are its stylesheet, script and icon.
 */
public final class Routes {

  private final Javalin app;
  private final WebSecurity security;
  private final AsAtViews views;

  public Routes(Javalin app, WebSecurity security, AsAtViews views) {
    this.app = Objects.requireNonNull(app, "app");
    this.security = Objects.requireNonNull(security, "security");
    this.views = Objects.requireNonNull(views, "views");
  }

  public Routes get(String path, Handler handler) {
    Guarded guarded = add(HandlerType.GET, path, handler);
    app.addHttpHandler(HandlerType.HEAD, path, guarded);
    return this;
  }

  public Routes post(String path, Handler handler) {
    add(HandlerType.POST, path, handler);
    return this;
  }

  public Routes put(String path, Handler handler) {
    add(HandlerType.PUT, path, handler);
    return this;
  }

  public Routes delete(String path, Handler handler) {
    add(HandlerType.DELETE, path, handler);
    return this;
  }

  private Guarded add(HandlerType method, String path, Handler handler) {
    Guarded guarded = new Guarded(AccessPolicy.required(method, path), handler);
    app.addHttpHandler(method, path, guarded);
    return guarded;
  }

  /** An endpoint behind the guard; the type tells a test that a registered route is guarded. */
  final class Guarded implements Handler {

    private final Optional<Permission> needed;
    private final Handler endpoint;

    private Guarded(Optional<Permission> needed, Handler endpoint) {
      this.needed = needed;
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    }

    @Override
    public void handle(Context ctx) throws Exception {
      if (!security.admit(ctx, needed)) {
        return;
      }
      views.choose(ctx);
      endpoint.handle(ctx);
    }
  }
}
