package org.probationinspections.cli.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.probationinspections.cli.wiring.InspectionsComponent;
import org.probationinspections.cli.wiring.Wiring;
import org.probationinspections.persistence.jdbc.SqliteNativeLibrary;
import org.probationinspections.web.security.WebSettings;
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
      names = "--host",
      defaultValue = "127.0.0.1",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for"
              + " every interface, e.g. behind a reverse proxy on another host)")
  String host;

  @Option(
      names = "--demo",
      description = "Fill an empty database with a generated demo dataset before starting")
  boolean demo;

  @Option(
      names = "--anonymous-read",
      description =
          "Let people who are not signed in read the published data (off by default; on with"
              + " --demo)")
  boolean anonymousRead;

  @Option(
      names = "--secure-cookies",
      description =
          "Mark the session cookie Secure: use behind a TLS proxy (https requests get it"
              + " anyway)")
  boolean secureCookies;

  @Option(
      names = "--admin-password-file",
      paramLabel = "FILE",
      description =
          "On a first start with no users, the administrator's password (else generated"
              + " and printed once)")
  Path adminPasswordFile;

  @Option(
      names = "--max-request-bytes",
      defaultValue = "2000000",
      description = "The largest request body accepted (default: ${DEFAULT-VALUE})")
  long maxRequestBytes;

  @Option(
      names = "--training-run",
      hidden = true,
      description =
          "Start, answer one request for the sign-in page, and stop: the launcher runs this once"
              + " per build to record the classes a start loads (class-data sharing)")
  boolean trainingRun;

  @Option(
      names = "--copy-sqlite-library-to",
      hidden = true,
      paramLabel = "DIR",
      description =
          "With --training-run: copy the SQLite driver's native library into DIR, for the launcher"
              + " to pass as -Dorg.sqlite.lib.path")
  Path sqliteLibraryFolder;

  /**
   * How long one read of a request may run before the database stops it and the request is answered
   * 503: long enough for any page at a hundred times national size, short enough that a runaway
   * query frees its connection and core.
   */
  static final java.time.Duration READ_BUDGET = java.time.Duration.ofSeconds(30);

  @Override
  public void run() {
    InspectionsComponent component =
        Wiring.open(
            database.location(),
            database.frameworkDirectories,
            new WebSettings(anonymousRead || demo, secureCookies, maxRequestBytes),
            database.themeDirectories);
    component.store().limitReads(READ_BUDGET);
    ServerStart start = component.useCases().today().serverStart();
    start.prepare(demo, UsersCommand.passwordFrom(adminPasswordFile), System.out);
    int bound = component.webApp().start(host, port);
    if (trainingRun) {
      requestSignInPage(bound);
      if (sqliteLibraryFolder != null) {
        SqliteNativeLibrary.copyTo(sqliteLibraryFolder);
      }
      component.webApp().stop();
      component.store().close();
      return;
    }
    System.out.println(
        "Probation Inspections is running on http://"
            + (host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host)
            + ":"
            + bound
            + (host.equals("0.0.0.0") ? " (listening on every interface)" : "")
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

  private static void requestSignInPage(int port) {
    try {
      HttpURLConnection connection =
          (HttpURLConnection)
              URI.create("http://127.0.0.1:" + port + "/login").toURL().openConnection();
      try (InputStream body = connection.getInputStream()) {
        body.transferTo(OutputStream.nullOutputStream());
      }
      if (connection.getResponseCode() != 200) {
        throw new IllegalStateException(
            "the sign-in page answered " + connection.getResponseCode());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the training run could not reach its own server", e);
    }
  }
}
