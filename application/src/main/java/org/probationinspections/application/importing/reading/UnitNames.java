package org.probationinspections.application.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.probationinspections.domain.unit.UnitName;

/** Finds units in lists and fragments as documents print them. */
final class UnitNames {

  /** What separates the names of a list: a comma (with or without "and"), or "and". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");

  private UnitNames() {}

  /** True when two printed names denote the same unit ("Knowsley &amp; St Helens PDU"). */
  static boolean same(String one, String other) {
    return UnitName.key(one).equals(UnitName.key(other))
        || UnitName.orderFreeKey(one).equals(UnitName.orderFreeKey(other));
  }

  /** The known name that denotes the same unit as {@code printed}. */
  static Optional<String> known(String printed, List<String> known) {
    return known.stream().filter(name -> same(name, printed)).findFirst();
  }

  /**
   * Splits "A PDU, B and C PDU" into names. "and" also joins words inside a name ("Knowsley and St
   * Helens"), so adjacent parts are merged whenever together they make a known name. Names are
   * returned as printed here.
   */
  static List<String> splitList(String text, List<String> known) {
    List<String> names = new ArrayList<>();
    boolean marked = text.matches("(?is).*\\bPDUs?\\b.*");
    for (String piece : text.split("(?i)\\bPDUs?\\b")) {
      String name = piece.replaceAll("^[\\s,]*(and\\s+)?", "").replaceAll("[\\s,]+$", "").strip();
      if (name.isEmpty()) {
        continue;
      }
      if (known(name, known).isPresent() || (marked && known.isEmpty())) {
        names.add(name);
      } else {
        names.addAll(splitUnmarked(name, known));
      }
    }
    return List.copyOf(names);
  }

  /** A part of a list between separators: where it starts and ends in the list's text. */
  private record Part(int start, int end) {}

  private static List<String> splitUnmarked(String text, List<String> known) {
    List<Part> parts = new ArrayList<>();
    Matcher separator = SEPARATOR.matcher(text);
    int start = 0;
    while (true) {
      boolean found = separator.find();
      int end = found ? separator.start() : text.length();
      String piece = text.substring(start, end);
      if (!piece.isBlank() && !piece.strip().equals("and")) {
        parts.add(new Part(start, end));
      }
      if (!found) {
        break;
      }
      start = separator.end();
    }
    List<String> names = new ArrayList<>();
    int i = 0;
    while (i < parts.size()) {
      int taken = 1;
      String name = text.substring(parts.get(i).start(), parts.get(i).end()).strip();
      for (int j = parts.size(); j > i + 1; j--) {
        // The parts with what separates them, as printed: "Redcar, Cleveland and Middlesbrough".
        String merged = text.substring(parts.get(i).start(), parts.get(j - 1).end()).strip();
        if (known(merged, known).isPresent()) {
          name = merged;
          taken = j - i;
          break;
        }
      }
      names.add(name);
      i += taken;
    }
    return names;
  }

  /**
   * The known name a cut-off fragment belongs to ("ckburn" → "Blackburn with Darwen"); empty when
   * none or several contain it.
   */
  static Optional<String> completing(String fragment, List<String> known) {
    String key = UnitName.key(fragment);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    List<String> matches = known.stream().filter(name -> UnitName.key(name).contains(key)).toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }
}
