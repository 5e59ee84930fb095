package org.probationinspections.web.pages;

import io.javalin.Javalin;
import org.probationinspections.web.WebUseCases;

/** The server-rendered pages. */
public final class PageRoutes {
  private final WebUseCases useCases;

  public PageRoutes(WebUseCases useCases) {
    this.useCases = useCases;
  }

  public void register(Javalin app) {}
}
