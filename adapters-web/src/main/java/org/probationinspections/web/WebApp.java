package org.probationinspections.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.rendering.template.JavalinJte;
import java.util.Objects;
import org.probationinspections.web.api.Api;
import org.probationinspections.web.api.Problems;
import org.probationinspections.web.pages.Pages;
import org.probationinspections.web.security.RequestActor;
import org.probationinspections.web.security.SecurityUseCases;
import org.probationinspections.web.security.WebSecurity;
import org.probationinspections.web.security.WebSettings;

/**
 * The web adapter: the REST API under {@code /api} and the server-rendered pages, built from the
 * use cases it calls. {@link #create()} gives a configured, unstarted Javalin (for tests); {@link
 * #start(int)} serves it.
 */
public final class WebApp {

  private final AsAtViews views;
  private final SecurityUseCases security;
  private final RequestActor requestActor;
  private final WebSettings settings;
  private final ObjectMapper json = InterchangeJson.mapper();
  private Javalin running;

  public WebApp(
      AsAtViews views, SecurityUseCases security, RequestActor requestActor, WebSettings settings) {
    this.views = Objects.requireNonNull(views, "views");
    this.security = Objects.requireNonNull(security, "security");
    this.requestActor = Objects.requireNonNull(requestActor, "requestActor");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A new Javalin with every route, template and error mapping, not yet listening. */
  public Javalin create() {
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.jsonMapper(new JavalinJackson(json, false));
              config.fileRenderer(new JavalinJte(templates, ctx -> false));
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = "/static";
                    files.location = Location.CLASSPATH;
                  });
              config.staticFiles.enableWebjars();
            });
    new Problems().register(app);
    WebSecurity guard = new WebSecurity(security, requestActor, settings);
    Routes routes = new Routes(app, guard, views);
    guard.register(app, routes);
    views.register(app);
    Api.register(routes, views, json, security);
    Pages.register(routes, views, security);
    return app;
  }

  /** Starts serving on {@code port} (0 picks a free port); returns the port in use. */
  public synchronized int start(int port) {
    if (running != null) {
      throw new IllegalStateException("already started on port " + running.port());
    }
    running = create().start(port);
    return running.port();
  }

  /** Stops serving; does nothing when not started. */
  public synchronized void stop() {
    if (running != null) {
      running.stop();
      running = null;
    }
  }
}
