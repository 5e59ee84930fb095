package org.probationinspections.domain.unit;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compares names of units as real documents write them: case, "&amp;" for "and", a trailing "PDU"
 * or "region", "The Probation Service –" and punctuation do not matter.
 */
public final class UnitName {

  private UnitName() {}

  /** The comparison key of a name: "Knowsley &amp; St Helens PDU" → "knowsley and st helens". */
  public static String key(String name) {
    String text =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replace("&", " and ")
            .replaceAll("\\bst\\.", "st")
            .replaceAll("[^a-z0-9' ]+", " ")
            .replaceAll("\\s+", " ")
            .strip();
    text = text.replaceFirst("^the probation service ", "");
    text = text.replaceFirst("( probation delivery unit| pdu| region| probation region)$", "");
    return text.strip();
  }

  /** The key with its words sorted, so that "A and B" matches "B and A". */
  public static String orderFreeKey(String name) {
    return Arrays.stream(key(name).split(" "))
        .filter(word -> !word.equals("and"))
        .sorted()
        .collect(Collectors.joining(" "));
  }
}
