package org.probationinspections.domain.unit;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compares names of units as real documents write them: case, "&amp;" for "and", a trailing "PDU"
 * or "region", "The Probation Service –" and punctuation do not matter.
 */
public final class UnitName {

  private static final Pattern SAINT = Pattern.compile("\\bst\\.");
  private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9' ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SERVICE_PREFIX = Pattern.compile("^the probation service ");
  private static final Pattern UNIT_SUFFIX =
      Pattern.compile("( probation delivery unit| pdu| region| probation region)$");

  private UnitName() {}

  /** The comparison key of a name: "Knowsley &amp; St Helens PDU" → "knowsley and st helens". */
  public static String key(String name) {
    String text =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replace('’', '\'')
            .replace("&", " and ");
    text = SAINT.matcher(text).replaceAll("st");
    text = NOT_A_WORD.matcher(text).replaceAll(" ");
    text = SPACES.matcher(text).replaceAll(" ").strip();
    text = SERVICE_PREFIX.matcher(text).replaceFirst("");
    text = UNIT_SUFFIX.matcher(text).replaceFirst("");
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
