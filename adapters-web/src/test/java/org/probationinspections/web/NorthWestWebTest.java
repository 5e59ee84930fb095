package org.probationinspections.web;

import org.junit.jupiter.api.BeforeEach;

/**
 * What most web tests start from: a new {@link TestWorld} for each test with the North West
 * recorded into it, and a client over that world.
 */
abstract class NorthWestWebTest {

  protected TestWorld world;
  protected NorthWestFixture nw;

  protected final WebTestClient web = new WebTestClient(() -> world);

  @BeforeEach
  void recordNorthWest() {
    world = new TestWorld();
    nw = NorthWestFixture.recordInto(world.services);
  }
}
