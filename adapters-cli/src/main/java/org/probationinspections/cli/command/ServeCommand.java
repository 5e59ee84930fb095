package org.probationinspections.cli.command;

import java.util.concurrent.CountDownLatch;
import org.probationinspections.cli.wiring.InspectionsComponent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the web UI and REST API. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web UI and REST API (http://localhost:7070 by default).")
final class ServeCommand implements Runnable {

  @Mixin DatabaseOptions database;

  @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--demo",
      description = "Fill an empty database with a generated demo dataset before starting")
  boolean demo;

  @Override
  public void run() {
    InspectionsComponent component = database.open();
    if (demo) {
      DemoLoader.loadIfEmpty(component, System.out);
    }
    int bound = component.webApp().start(port);
    System.out.println(
        "Probation Inspections is running on http://localhost:"
            + bound
            + "  (database: "
            + component.store().location()
            + "; Ctrl+C stops it)");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  component.webApp().stop();
                  component.store().close();
                  stopped.countDown();
                }));
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
