package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Stopping the server finishes a request in flight before it closes: a client whose upload is still
 * arriving when the stop begins gets its answer, not a cut connection.
 */
class GracefulStopTest {

  @Test
  void aRequestInFlightWhenTheServerStops_isAnsweredBeforeItCloses() throws Exception {
    TestWorld world = new TestWorld();
    int port = world.web.start("127.0.0.1", 0);
    CompletableFuture<Void> stopped;
    String statusLine;
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /api/documents?name=note.txt&dryRun=true HTTP/1.1\r\n"
                  + "Host: 127.0.0.1:"
                  + port
                  + "\r\n"
                  + "Authorization: Bearer "
                  + world.adminToken
                  + "\r\n"
                  + "Content-Type: text/plain\r\n"
                  + "Transfer-Encoding: chunked\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      chunk(out, "The PDU should review its caseloads.\n");
      Thread.sleep(300);
      stopped = CompletableFuture.runAsync(world.web::stop);
      Thread.sleep(300);
      chunk(out, "And audit its risk assessments.\n");
      out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      statusLine = in.readLine();
    }
    stopped.get(30, TimeUnit.SECONDS);
    assertTrue(
        statusLine != null && statusLine.startsWith("HTTP/1.1 "),
        "the request in flight was answered: " + statusLine);
    assertTrue(!statusLine.startsWith("HTTP/1.1 5"), statusLine);
  }

  private static void chunk(OutputStream out, String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }
}
