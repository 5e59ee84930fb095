package org.probationinspections.web;

import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The web app over a test's world, started the first time the test asks for a client (after the
 * test's own set-up has recorded what it needs) and stopped when the test ends.
 */
final class RunningApp implements AfterEachCallback {

  private final Supplier<TestWorld> world;
  private Javalin app;
  private HttpClient administrator;

  RunningApp(Supplier<TestWorld> world) {
    this.world = world;
  }

  /** A client sending the administrator's API token with every request. */
  HttpClient administrator() {
    if (administrator == null) {
      app = world.get().web.create().start(0);
      administrator = new HttpClient(app, TestWorld.as(world.get().adminToken).getOkHttpClient());
    }
    return administrator;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (app != null) {
      // Idle keep-alive connections would hold up the server's graceful stop.
      administrator.getOkHttp().connectionPool().evictAll();
      app.stop();
      app = null;
      administrator = null;
    }
  }
}
