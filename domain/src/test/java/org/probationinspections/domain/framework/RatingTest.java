package org.probationinspections.domain.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void fromText_readsPublishedWordings() {
    assertEquals(Optional.of(Rating.REQUIRES_IMPROVEMENT), Rating.fromText("Requires improvement"));
    assertEquals(Optional.of(Rating.GOOD), Rating.fromText(" GOOD "));
    assertEquals(Optional.of(Rating.NOT_RATED), Rating.fromText("Not inspected"));
    assertEquals(Optional.of(Rating.REQUIRES_IMPROVEMENT), Rating.fromText("REQUIRES_IMPROVEMENT"));
  }

  @Test
  void fromText_givesNothingForAPlaceholder() {
    assertEquals(Optional.empty(), Rating.fromText("Rating"));
  }

  @Test
  void isAtMost_ordersTheScale() {
    assertTrue(Rating.INADEQUATE.isAtMost(Rating.REQUIRES_IMPROVEMENT));
    assertTrue(Rating.REQUIRES_IMPROVEMENT.isAtMost(Rating.REQUIRES_IMPROVEMENT));
    assertFalse(Rating.GOOD.isAtMost(Rating.REQUIRES_IMPROVEMENT));
    assertFalse(Rating.OUTSTANDING.isAtMost(Rating.GOOD));
  }
}
