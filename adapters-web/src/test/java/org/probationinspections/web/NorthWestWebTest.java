package org.probationinspections.web;

import io.javalin.testtools.HttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What most web tests start from: a new {@link TestWorld} for each test with the North West
 * recorded into it, and a client over that world.
 */
abstract class NorthWestWebTest {

  protected TestWorld world;
  protected NorthWestFixture nw;

  protected final WebTestClient web = new WebTestClient(() -> world);

  @RegisterExtension final RunningApp running = new RunningApp(() -> world);

  /** A client of the app over this test's world, as the administrator. */
  protected HttpClient admin() {
    return running.administrator();
  }

  @BeforeEach
  void recordNorthWest() {
    world = new TestWorld();
    nw = NorthWestFixture.recordInto(world.services);
  }
}
