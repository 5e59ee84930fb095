package org.probationinspections.persistence.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.probationinspections.application.demo.port.out.DemoWording;
import org.probationinspections.domain.common.InvalidValueException;

class JsonDemoTextsTest {

  private final DemoWording wording = JsonDemoTexts.shipped().wording();

  @Test
  void shippedTexts_holdTheTwelveRegions_eachPduOnce() {
    assertEquals(12, wording.regions().size());
    Set<String> pdus = new HashSet<>();
    for (DemoWording.Region region : wording.regions()) {
      region.pdus().forEach(pdu -> assertTrue(pdus.add(pdu), pdu + " twice"));
    }
    assertEquals(99, pdus.size());
    assertEquals("North West", wording.regions().get(0).name());
  }

  @Test
  void shippedTexts_nameEveryStandard_andKeepTheirPlaceholders() {
    for (String code : List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5")) {
      assertTrue(!wording.standard(code).isBlank(), code);
    }
    assertTrue(wording.inspection().leadInspector().contains("{initial}"));
    assertTrue(wording.inspection().leadershipFinding().contains("{pdu}"));
    assertTrue(wording.review().areaForImprovement().contains("{recommendation}"));
    assertTrue(wording.plan().action().contains("{number}"));
    assertTrue(wording.plan().action().contains("{recommendation}"));
    assertEquals(3, wording.inspection().keyQuestions().size());
    assertEquals(12, wording.recommendations().size());
    assertEquals(6, wording.plan().owners().size());
  }

  @Test
  void aFileWithoutOwners_isRefused_namingTheFile() {
    InvalidValueException refused =
        assertThrows(InvalidValueException.class, () -> JsonDemoTexts.read("demo/no-owners.json"));
    assertTrue(refused.getMessage().contains("demo/no-owners.json"), refused.getMessage());
    assertTrue(refused.getMessage().contains("owners"), refused.getMessage());
  }

  @Test
  void anUnknownStandard_isRefused() {
    assertThrows(InvalidValueException.class, () -> wording.standard("9.9"));
  }
}
