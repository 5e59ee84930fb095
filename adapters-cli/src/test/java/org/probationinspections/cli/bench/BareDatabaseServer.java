package org.probationinspections.cli.bench;

import io.javalin.Javalin;
import org.jdbi.v3.core.Jdbi;

/**
 * The limit of the startup figure: Javalin, Jdbi and the SQLite driver answering one query on the
 * product's database file, with nothing else of the product in it. Started in its own JVM as the
 * product's server is ({@link ServerProcess#startBareDatabase}). With {@code --training-run} it
 * stops after its first answer, so that a class-data archive can be recorded at its exit.
 */
public final class BareDatabaseServer {

  private BareDatabaseServer() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Jdbi jdbi = Jdbi.create("jdbc:sqlite:" + args[1]);
    boolean training = args.length > 2 && args[2].equals("--training-run");
    Javalin.create()
        .get(
            "/",
            ctx -> {
              long tables =
                  jdbi.withHandle(
                      handle ->
                          handle
                              .createQuery("SELECT COUNT(*) FROM sqlite_master")
                              .mapTo(Long.class)
                              .one());
              ctx.result(tables + " tables");
              if (training) {
                Thread stop =
                    new Thread(
                        () -> {
                          pause();
                          System.exit(0);
                        });
                stop.start();
              }
            })
        .start("127.0.0.1", port);
  }

  /** A moment for the training run's answer to leave before the JVM exits. */
  private static void pause() {
    try {
      Thread.sleep(200);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
