package org.probationinspections.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ErrorWordsTest {

  @Test
  void aMissingValue_asksForIt_byWhatTheFieldHolds() {
    assertEquals("Enter the name", ErrorWords.plain("name", "name: must not be blank"));
    assertEquals(
        "Enter the date the plan was submitted",
        ErrorWords.plain("submitted", "submitted: is required"));
    assertEquals("Choose the reason", ErrorWords.plain("reason", "item.reason: is required"));
  }

  @Test
  void aFieldPath_andAConstantsName_becomeWords() {
    assertEquals(
        "Partly Agreed needs a reason: commissioning, policy, operational or affordability",
        ErrorWords.plain(
            "reason",
            "item.reason: PARTLY_AGREED needs a reason: commissioning, policy, operational or"
                + " affordability"));
    assertEquals(
        "The text must not contain the character U+0000 (NUL), found at position 3",
        ErrorWords.plain(
            "text", "text: must not contain the character U+0000 (NUL), found at position 3"));
  }

  @Test
  void aMalformedValue_namesTheFieldInWords_andAListOfConstants_becomesAChoice() {
    assertEquals(
        "The date the plan was submitted must be a date such as 2023-04-17",
        ErrorWords.plain("submitted", "submitted must be a date such as 2023-04-17"));
    assertEquals(
        "Choose the rating from the list",
        ErrorWords.plain("rating", "rating must be one of [GOOD, INADEQUATE]"));
  }
}
