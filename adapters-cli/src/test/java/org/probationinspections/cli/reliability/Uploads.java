package org.probationinspections.cli.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Probe 5: uploads far over the server's limit (2 MB, the default) to {@code /api/documents} and to
 * the page's {@code /import}, each sent both with a {@code Content-Length} and chunked without one,
 * written to the socket while the answer is read (a server may answer 413 before the body ends, and
 * close). The server runs in this JVM, so that its heap can be read: the heap in use after {@link
 * System#gc()}, before the first upload and after the last.
 */
final class Uploads {

  /** The heap may differ by this much after the uploads (class loading, caches, JIT data). */
  static final long HEAP_MARGIN_MIB = 16;

  private static final byte[] LINE =
      "The PDU should review its caseloads and the quality of its work.\n"
          .getBytes(StandardCharsets.US_ASCII);

  private Uploads() {}

  static Section run(Reliability.Settings settings, PrintStream log) throws Exception {
    Path work = settings.work().resolve("uploads");
    Files.createDirectories(work);
    Path database = work.resolve("uploads.db");
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(Path.of(database + suffix));
    }
    List<Section.Figure> figures = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    try (Served server = Served.start(database.toString())) {
      server
          .useCases()
          .registerRegion()
          .register(
              new org.probationinspections.application.units.port.in.RegisterRegionUseCase.Command(
                  World.REGION));
      Map<World.Caller, String> tokens = World.addUsers(server);
      Http http = new Http();
      Http.Session session =
          http.signIn(server.base(), World.Caller.INSPECTOR.username(), World.PASSWORD);
      String token = tokens.get(World.Caller.INSPECTOR);
      int port = server.uri("/").getPort();
      // A small upload first, so that the classes an upload loads are in the heap already.
      send(
          port,
          "/api/documents?name=warm.txt&dryRun=true",
          auth(token, null),
          "text/plain",
          1000,
          false);
      long before = heapAfterGc();
      long calls = 0;
      long tooLarge = 0;
      for (int mib : settings.uploadMiB()) {
        long bytes = mib * 1024L * 1024L;
        for (boolean chunked : new boolean[] {false, true}) {
          for (String target : List.of("/api/documents", "/import")) {
            boolean page = target.equals("/import");
            String headers = page ? auth(null, session) : auth(token, null);
            int status =
                page
                    ? sendMultipart(port, target, headers, bytes, chunked)
                    : send(port, target + "?name=big.txt", headers, "text/plain", bytes, chunked);
            calls++;
            String what =
                String.format(
                    Locale.ROOT,
                    "%d MB to %s, %s",
                    mib,
                    target,
                    chunked ? "chunked" : "with Content-Length");
            log.printf("upload %s: %d%n", what, status);
            if (status == 413) {
              tooLarge++;
            } else {
              notes.add(what + " answered " + (status < 0 ? "nothing" : status));
            }
          }
        }
      }
      long after = heapAfterGc();
      long grewMiB = Math.max(0, (after - before) / (1024 * 1024));
      boolean healthy = http.get(server.uri("/health"), Http.ANONYMOUS).status() == 200;
      notes.add(
          String.format(
              Locale.ROOT,
              "Heap in use after a collection: %.1f MiB before the uploads, %.1f MiB after.",
              before / 1048576.0,
              after / 1048576.0));
      figures.add(new Section.Figure("Uploads answered 413 (of " + calls + ")", tooLarge, calls));
      figures.add(
          new Section.Figure(
              "Heap growth beyond a margin of " + HEAP_MARGIN_MIB + " MiB, in MiB",
              Math.max(0, grewMiB - HEAP_MARGIN_MIB),
              0));
      figures.add(
          new Section.Figure("Health check afterwards answered 200 (1 = yes)", healthy ? 1 : 0, 1));
    }
    return new Section(
        "Uploads over the limit",
        "Uploads of "
            + String.join(" and ", settings.uploadMiB().stream().map(m -> m + " MB").toList())
            + " of text (the server accepts 2 MB) to `POST /api/documents` (an inspector's"
            + " token) and to the page's `POST /import` (a multipart form, an inspector's session"
            + " and CSRF token), each with a `Content-Length` and chunked without one, generated"
            + " as it is written (never held in memory) while the answer is read. The server runs"
            + " in the harness's JVM, so its heap is read directly (MemoryMXBean, the least of"
            + " three readings each after `System.gc()`), before the first upload and after the"
            + " last; "
            + HEAP_MARGIN_MIB
            + " MiB of growth are allowed for what the JVM itself keeps.",
        figures,
        notes);
  }

  private static String auth(String token, Http.Session session) {
    if (token != null) {
      return "Authorization: Bearer " + token + "\r\n";
    }
    return "Cookie: " + session.cookie() + "\r\nX-CSRF-Token: " + session.csrf() + "\r\n";
  }

  private static long heapAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }

  private static int sendMultipart(
      int port, String path, String headers, long bytes, boolean chunked) throws Exception {
    String boundary = "----probe-upload";
    byte[] head =
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"documents\"; filename=\"big.txt\""
                + "\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    return exchange(
        port,
        path,
        headers,
        "multipart/form-data; boundary=" + boundary,
        head,
        bytes,
        tail,
        chunked);
  }

  private static int send(
      int port, String path, String headers, String type, long bytes, boolean chunked)
      throws Exception {
    return exchange(port, path, headers, type, new byte[0], bytes, new byte[0], chunked);
  }

  /**
   * Writes the request on one thread while this one reads the status line; the writer stops when
   * the server closes the connection. Returns the status, or -1 when no answer came.
   */
  private static int exchange(
      int port,
      String path,
      String headers,
      String type,
      byte[] head,
      long bytes,
      byte[] tail,
      boolean chunked)
      throws Exception {
    ExecutorService writer = Executors.newSingleThreadExecutor();
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(120_000);
      OutputStream out = socket.getOutputStream();
      long length = head.length + bytes + tail.length;
      String request =
          "POST "
              + path
              + " HTTP/1.1\r\nHost: 127.0.0.1:"
              + port
              + "\r\n"
              + headers
              + "Content-Type: "
              + type
              + "\r\n"
              + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n")
              + "Connection: close\r\n\r\n";
      Future<?> writing =
          writer.submit(
              () -> {
                try {
                  out.write(request.getBytes(StandardCharsets.US_ASCII));
                  byte[] block = new byte[64 * 1024];
                  for (int i = 0; i < block.length; i++) {
                    block[i] = LINE[i % LINE.length];
                  }
                  write(out, head, chunked);
                  for (long sent = 0; sent < bytes; ) {
                    int n = (int) Math.min(block.length, bytes - sent);
                    write(out, n == block.length ? block : Arrays.copyOf(block, n), chunked);
                    sent += n;
                  }
                  write(out, tail, chunked);
                  if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                  }
                  out.flush();
                } catch (IOException closedByTheServer) {
                  // the server answered and closed the connection: what a limit should do
                }
                return null;
              });
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
      String status = in.readLine();
      writing.cancel(true);
      if (status == null || !status.startsWith("HTTP/1.1 ")) {
        return -1;
      }
      return Integer.parseInt(status.substring(9, 12));
    } catch (IOException noAnswer) {
      return -1;
    } finally {
      writer.shutdownNow();
      writer.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  private static void write(OutputStream out, byte[] data, boolean chunked) throws IOException {
    if (data.length == 0) {
      return;
    }
    if (chunked) {
      out.write((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    out.write(data);
    if (chunked) {
      out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
  }
}
