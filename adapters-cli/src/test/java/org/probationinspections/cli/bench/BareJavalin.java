package org.probationinspections.cli.bench;

import io.javalin.Javalin;

/**
 * The limit of the HTTP figures: Javalin (and Jetty under it) answering a constant, with nothing of
 * the product in it, started in its own JVM with the options the launcher gives the product's
 * server, so that the two are measured alike.
 */
public final class BareJavalin {

  private BareJavalin() {}

  public static void main(String[] args) {
    int port = Integer.parseInt(args[0]);
    Javalin.create().get("/", ctx -> ctx.result("ok")).start("127.0.0.1", port);
  }
}
