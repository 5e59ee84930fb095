package org.probationinspections.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.rendering.template.JavalinJte;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import java.util.Objects;
import org.eclipse.jetty.servlet.FilterHolder;
import org.probationinspections.application.port.out.SessionRepository;
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

  /** The GOV.UK Frontend webjar's version: its CSS, script, fonts and images are served from it. */
  public static final String GOVUK_FRONTEND = "5.14.0";

  private final AsAtViews views;
  private final SessionRepository sessions;
  private final SecurityUseCases security;
  private final RequestActor requestActor;
  private final WebSettings settings;
  private final ObjectMapper json = InterchangeJson.mapper();
  private Javalin running;

  /** How long stopping waits for the requests in flight to finish. */
  static final long STOP_GRACE_MILLIS = 10_000;

  /**
   * @param sessions where browser sessions are kept: the database, so that every server on it
   *     shares them
   */
  public WebApp(
      AsAtViews views,
      SecurityUseCases security,
      SessionRepository sessions,
      RequestActor requestActor,
      WebSettings settings) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    this.views = Objects.requireNonNull(views, "views");
    this.security = Objects.requireNonNull(security, "security");
    this.requestActor = Objects.requireNonNull(requestActor, "requestActor");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * A new Javalin with every route, template and error mapping, not yet listening; it stops at once
   * (tests start and stop it many times). {@link #start} starts one that stops gracefully.
   */
  public Javalin create() {
    return create(0);
  }

  /**
   * As {@link #create()}; stopping it waits up to {@code stopGraceMillis} for the requests in
   * flight (and the connections that carry them) to finish, and takes no new ones.
   */
  private Javalin create(long stopGraceMillis) {
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = settings.maxRequestBytes();
              if (stopGraceMillis > 0) {
                config.jetty.modifyServer(server -> server.setStopTimeout(stopGraceMillis));
              }
              // Bodies streamed in chunks declare no length: count them as they are read.
              config.jetty.modifyServletContextHandler(
                  handler ->
                      handler.addFilter(
                          new FilterHolder(new BodyLimit(settings.maxRequestBytes())),
                          "/*",
                          EnumSet.of(DispatcherType.REQUEST)));
              config.jetty.multipartConfig.maxTotalRequestSize(
                  settings.maxRequestBytes(), SizeUnit.BYTES);
              config.jetty.multipartConfig.maxFileSize(settings.maxRequestBytes(), SizeUnit.BYTES);
              config.jetty.multipartConfig.maxInMemoryFileSize(1024 * 1024, SizeUnit.BYTES);
              config.jsonMapper(new JavalinJackson(json, false));
              config.fileRenderer(new JavalinJte(templates, ctx -> false));
              config.appData(Html.TEMPLATES, templates);
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/static";
                    files.directory = "/static";
                    files.location = Location.CLASSPATH;
                  });
              config.staticFiles.enableWebjars();
            });
    new Problems().register(app);
    WebSecurity guard = new WebSecurity(security, sessions, requestActor, settings);
    Routes routes = new Routes(app, guard, views);
    guard.register(app, routes);
    views.register(app);
    Flash.register(app);
    Api.register(routes, views, json, security);
    Pages.register(routes, views, security);
    GovukAssets.register(routes);
    return app;
  }

  /** Starts serving on {@code port} (0 picks a free port) of every address; returns the port. */
  public synchronized int start(int port) {
    return start("0.0.0.0", port);
  }

  /**
   * Starts serving on {@code port} (0 picks a free port) of the address {@code host} (a name or an
   * IP address; {@code 0.0.0.0} for every interface); returns the port in use.
   */
  public synchronized int start(String host, int port) {
    if (running != null) {
      throw new IllegalStateException("already started on port " + running.port());
    }
    // A server leaving a load balancer's pool finishes what it was doing: nobody's change drops.
    running = create(STOP_GRACE_MILLIS).start(host, port);
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
