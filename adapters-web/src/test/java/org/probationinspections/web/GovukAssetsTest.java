package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** GOV.UK Frontend's stylesheet, script, fonts and images are served from its webjar. */
class GovukAssetsTest {

  private static final String GOVUK =
      "/webjars/govuk-frontend/" + WebApp.GOVUK_FRONTEND + "/dist/govuk/";

  @Test
  void everyFontAndImageTheStylesheetNames_isServed_toSomeoneNotSignedIn() {
    TestWorld world = new TestWorld();
    JavalinTest.test(
        world.web.create(),
        (server, client) -> {
          Response css = client.get(GOVUK + "govuk-frontend.min.css");
          assertEquals(200, css.code());
          String sheet = css.body().string();
          Matcher url = Pattern.compile("url\\((/assets/[^)]+)\\)").matcher(sheet);
          List<String> assets = new ArrayList<>();
          while (url.find()) {
            assets.add(url.group(1));
          }
          assertTrue(assets.size() >= 5, "fonts and images named: " + assets);
          for (String asset : assets) {
            Response file = client.get(asset);
            assertEquals(200, file.code(), asset);
            String type = file.header("Content-Type");
            assertTrue(
                asset.endsWith(".svg")
                    ? type.startsWith("image/svg+xml")
                    : type.startsWith("font/"),
                asset + " as " + type);
            assertTrue(file.body().bytes().length > 1000, asset);
          }
          assertEquals(200, client.get(GOVUK + "govuk-frontend.min.js").code());
          assertEquals(200, client.get("/static/app.js").code());
        });
  }

  @Test
  void aPathOutsideTheAssets_orAnUnknownKind_isNotFound() {
    TestWorld world = new TestWorld();
    JavalinTest.test(
        world.web.create(),
        (server, client) -> {
          assertEquals(404, client.get("/assets/fonts/none.woff2").code());
          assertEquals(404, client.get("/assets/../../../../META-INF/MANIFEST.MF").code());
          assertEquals(404, client.get("/assets/%2e%2e/govuk-frontend.min.js").code());
          assertEquals(404, client.get("/assets/images/favicon.exe").code());
        });
  }
}
