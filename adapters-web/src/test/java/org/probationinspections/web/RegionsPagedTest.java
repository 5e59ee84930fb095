package org.probationinspections.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.probationinspections.web.WebTestClient.page;

import org.junit.jupiter.api.Test;
import org.probationinspections.application.units.port.in.RegisterRegionUseCase;

/** The regions' table shows fifty a page; the form adding a PDU still offers every region. */
class RegionsPagedTest extends NorthWestWebTest {

  @Test
  void sixtyRegions_comeInPagesOfFifty_andThePduFormOffersEveryOne() throws Exception {
    int before = world.services.listRegions().list().size();
    for (int n = 1; n <= 60 - before; n++) {
      world
          .services
          .registerRegion()
          .register(new RegisterRegionUseCase.Command(String.format("Region %02d", n)));
    }

    String first = page(admin().get("/regions"), 200, "Regions 1 to 50 of 60.", "rel=\"next\"");
    assertFalse(first.contains("rel=\"prev\""), first);
    assertEquals(50, rows(first));
    assertEquals(60, first.split("<option value=").length - 1, "the PDU form's choices");

    String second =
        page(admin().get("/regions?offset=50"), 200, "Regions 51 to 60 of 60.", "rel=\"prev\"");
    assertFalse(second.contains("rel=\"next\""), second);
    assertEquals(10, rows(second));
    assertTrue(second.contains("href=\"/regions?offset=0\""), second);
  }

  /** The table's rows: each region's link. */
  private static int rows(String html) {
    return html.split(
                "<th scope=\"row\" class=\"govuk-table__header\"><a class=\"govuk-link\" href=\"/regions/")
            .length
        - 1;
  }
}
