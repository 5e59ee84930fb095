package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless through Playwright, for the browser tests; their screenshots go to
 * {@code target/screenshots} (or the {@code screenshots.dir} property).
 */
public final class Chromium implements AutoCloseable {

  private static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final Path SHOTS =
      Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

  private final Playwright playwright;
  private final Browser browser;

  private Chromium(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Skips the test when Chromium is not installed; on CI (where it must be) fails it. */
  public static void requireInstalled() {
    if (!Files.isExecutable(EXECUTABLE)) {
      if (System.getenv("CI") != null) {
        fail("CI is set but " + EXECUTABLE + " is missing: install Debian's chromium package");
      }
      assumeTrue(false, "Skipped: " + EXECUTABLE + " is missing (apt-get install chromium)");
    }
  }

  public static Chromium launch() throws IOException {
    Files.createDirectories(SHOTS);
    Playwright playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    try {
      return new Chromium(
          playwright,
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(EXECUTABLE)
                      .setArgs(List.of("--no-sandbox", "--headless", "--disable-gpu"))
                      // Scrollbars drawn as a person's browser draws them: a test can see them.
                      .setIgnoreDefaultArgs(List.of("--hide-scrollbars"))));
    } catch (RuntimeException e) {
      playwright.close();
      throw e;
    }
  }

  /** A page in a new browser context with {@code options}. */
  public Page page(Browser.NewContextOptions options) {
    return browser.newContext(options).newPage();
  }

  /** A new browser context (its own cookies) with {@code options}. */
  public BrowserContext context(Browser.NewContextOptions options) {
    return browser.newContext(options);
  }

  /** Saves the whole page as {@code name}.png. */
  public static void shot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")).setFullPage(true));
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
