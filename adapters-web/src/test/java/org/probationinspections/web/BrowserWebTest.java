package org.probationinspections.web;

import org.junit.jupiter.api.AfterEach;

/** What the browser tests share: a world served on a free port while the test runs. */
abstract class BrowserWebTest {

  protected TestWorld world;
  protected String base;
  protected NorthWestFixture nw;

  /** Records the North West into {@code served} and serves it; skipped without Chromium. */
  protected void serveNorthWest(TestWorld served) {
    Chromium.requireInstalled();
    nw = NorthWestFixture.recordInto(served.services);
    serve(served);
  }

  /** Serves {@code served} on a free port; {@link #base} is where. */
  protected void serve(TestWorld served) {
    world = served;
    base = "http://localhost:" + world.web.start(0);
  }

  @AfterEach
  void stop() {
    if (world != null) {
      world.web.stop();
    }
  }
}
