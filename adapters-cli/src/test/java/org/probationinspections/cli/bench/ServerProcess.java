package org.probationinspections.cli.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code inspections serve} in its own JVM, started as a user would (through the {@code
 * inspections} launcher when the shaded jar is there, else the same classes on the test classpath
 * with the launcher's JVM options), with its resident memory read from /proc.
 */
public final class ServerProcess implements AutoCloseable {

  final Process process;
  final int port;
  final double startupMillis;

  private ServerProcess(Process process, int port, double startupMillis) {
    this.process = process;
    this.port = port;
    this.startupMillis = startupMillis;
  }

  /**
   * {@link BareJavalin} in its own JVM, with the launcher's JVM options and the test classpath: the
   * limit, started as the product's server is.
   */
  static ServerProcess startBare(Path jar, Path log) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherJavaOptions(jar));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(BareJavalin.class.getName());
    command.add(String.valueOf(port));
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    awaitOk(process, URI.create("http://127.0.0.1:" + port + "/"), log);
    return new ServerProcess(process, port, (System.nanoTime() - started) / 1e6);
  }

  /**
   * {@link BareDatabaseServer} on {@code database} in its own JVM, started as the launcher starts
   * the product: the launcher's JVM options, and, when the product's jar is there, {@code java
   * -jar} on a jar of its own (its manifest naming the test classpath's jars) with a class-data
   * archive recorded by one untimed training run and the SQLite library the launcher copied beside
   * the product's jar.
   */
  static ServerProcess startBareDatabase(Path jar, Path database, Path log) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherJavaOptions(jar));
    List<String> main = List.of(BareDatabaseServer.class.getName());
    if (launcherOf(jar).isPresent()) {
      Path bareJar = log.resolveSibling("bare-database-server.jar");
      Path archive = log.resolveSibling("bare-database-server.jsa");
      if (!Files.isRegularFile(archive)) {
        BareJar.write(bareJar);
        record(command, bareJar, archive, database, log);
      }
      command.addAll(
          List.of(
              "-XX:SharedArchiveFile=" + archive,
              "-Xshare:auto",
              "-Xlog:cds=off",
              "-Xlog:cds+dynamic=off"));
      Path library = jar.resolveSibling("native");
      if (Files.isDirectory(library)) {
        command.add("-Dorg.sqlite.lib.path=" + library);
      }
      main = List.of("-jar", bareJar.toString());
    } else {
      command.addAll(List.of("-cp", System.getProperty("java.class.path")));
    }
    command.addAll(main);
    command.addAll(List.of(String.valueOf(port), database.toString()));
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    awaitOk(process, URI.create("http://127.0.0.1:" + port + "/"), log);
    return new ServerProcess(process, port, (System.nanoTime() - started) / 1e6);
  }

  /** Forgets the bare server's jar and archive in {@code folder}, made again by the next start. */
  static void forgetBareDatabase(Path folder) throws IOException {
    Files.deleteIfExists(folder.resolve("bare-database-server.jsa"));
    Files.deleteIfExists(folder.resolve("bare-database-server.jar"));
  }

  /** The training run of the bare server: one answer, then an archive of the classes it loaded. */
  private static void record(
      List<String> javaAndOptions, Path bareJar, Path archive, Path database, Path log)
      throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>(javaAndOptions);
    command.addAll(
        List.of(
            "-XX:ArchiveClassesAtExit=" + archive,
            "-jar",
            bareJar.toString(),
            String.valueOf(port),
            database.toString(),
            "--training-run"));
    Path trainingLog = log.resolveSibling(log.getFileName() + ".training");
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(trainingLog.toFile())
            .start();
    awaitOk(process, URI.create("http://127.0.0.1:" + port + "/"), trainingLog);
    if (!process.waitFor(1, java.util.concurrent.TimeUnit.MINUTES)
        || process.exitValue() != 0
        || !Files.isRegularFile(archive)) {
      process.destroyForcibly();
      throw new IllegalStateException("the bare server's training run failed; see " + trainingLog);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static ServerProcess start(Path jar, String database, Path log) throws Exception {
    int port = freePort();
    List<String> command = new ArrayList<>();
    Optional<Path> launcher = launcherOf(jar);
    if (launcher.isPresent()) {
      // As a user starts it: the launcher, with its JVM options and its class-data archive. The
      // archive is made by the first start after a build; one untimed run makes sure it is there.
      prepare(launcher.get(), log);
      command.addAll(List.of("bash", launcher.get().toString()));
    } else {
      command.addAll(javaCommand(jar));
    }
    command.addAll(List.of("serve", "--db", database, "--port", String.valueOf(port)));
    long started = System.nanoTime();
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // The sign-in page: public, so the first 200 needs no user.
    awaitOk(process, URI.create("http://127.0.0.1:" + port + "/login"), log);
    return new ServerProcess(process, port, (System.nanoTime() - started) / 1e6);
  }

  /**
   * {@code inspections} in a JVM of its own, without the launcher script: {@code java -jar} on
   * {@code jar} with the launcher's JVM options, or, when there is no jar, the same classes from
   * the test classpath. The command's arguments follow.
   */
  public static List<String> javaCommand(Path jar) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launcherJavaOptions(jar));
    if (Files.isRegularFile(jar)) {
      command.add("-jar");
      command.add(jar.toString());
    } else {
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("org.probationinspections.cli.Main");
    }
    return command;
  }

  /** Waits for the first 200 from {@code probe}, for at most a minute. */
  private static void awaitOk(Process process, URI probe, Path log) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (true) {
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(probe).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (!process.isAlive() || System.nanoTime() > deadline) {
        process.destroyForcibly();
        throw new IllegalStateException("the server did not start; see " + log);
      }
      Thread.sleep(5);
    }
  }

  /** The {@code inspections} launcher at the repository root, when it starts this very jar. */
  static Optional<Path> launcherOf(Path jar) {
    if (!Files.isRegularFile(jar)) {
      return Optional.empty();
    }
    Path root = repositoryRoot(jar);
    if (root == null) {
      return Optional.empty();
    }
    Path launcher = root.resolve("inspections");
    boolean same =
        root.resolve("adapters-cli/target/inspections.jar")
            .equals(jar.toAbsolutePath().normalize());
    return same && Files.isRegularFile(launcher) ? Optional.of(launcher) : Optional.empty();
  }

  /** Runs {@code inspections --version} once, which makes the jar or the archive when missing. */
  private static void prepare(Path launcher, Path log) throws Exception {
    Process process =
        new ProcessBuilder("bash", launcher.toString(), "--version")
            .redirectErrorStream(true)
            .redirectOutput(log.resolveSibling(log.getFileName() + ".prepare").toFile())
            .start();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException("the launcher failed; see " + log + ".prepare");
    }
  }

  private static Path repositoryRoot(Path jar) {
    Path root = jar.toAbsolutePath().normalize();
    for (int up = 0; up < 3 && root != null; up++) {
      root = root.getParent();
    }
    return root;
  }

  /**
   * The JVM options the {@code inspections} launcher at the repository root passes by default (its
   * {@code default_java_opts}), so that the server is measured as the product starts it.
   */
  static List<String> launcherJavaOptions(Path jar) throws IOException {
    Path root = repositoryRoot(jar);
    Path launcher = root == null ? null : root.resolve("inspections");
    if (launcher == null || !Files.isRegularFile(launcher)) {
      return List.of();
    }
    for (String line : Files.readAllLines(launcher)) {
      if (line.startsWith("default_java_opts=\"") && line.endsWith("\"")) {
        String options = line.substring("default_java_opts=\"".length(), line.length() - 1).trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
      }
    }
    throw new IllegalStateException("no default_java_opts in " + launcher);
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Resident set size in MiB, from /proc/PID/status (VmRSS). */
  double residentMiB() throws IOException {
    return Machine.residentMiB(process.pid());
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
