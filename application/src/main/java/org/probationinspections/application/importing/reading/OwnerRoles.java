package org.probationinspections.application.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an owner cell whose roles run together ("Head of PDU Head of Public Protection") into
 * roles. A role starts at one of {@link #ROLE_STARTS}; a {@link #QUALIFIERS qualifier} such as
 * "HMPPS" starts a role too but does not end one that has only just begun ("HMPPS Regional
 * Resettlement Lead" stays whole). Both lists are data: a new document with new roles only needs a
 * new entry.
 */
final class OwnerRoles {

  /** Words that begin a role, longest first so that "Deputy Director" wins over "Director of". */
  static final List<String> ROLE_STARTS =
      List.of(
          "Deputy Director",
          "Director General",
          "Director of",
          "Director for",
          "Heads of",
          "Head of",
          "Regional",
          "Senior",
          "Chief",
          "Assistant Director");

  /** Role starts that are whole roles on their own ("Deputy Director, Probation Workforce"). */
  static final List<String> WHOLE_ROLES =
      List.of("Deputy Director", "Director General", "Assistant Director");

  /** Words that begin a role but may be followed by another role start within the same role. */
  static final List<String> QUALIFIERS = List.of("HMPPS", "North West", "National", "MoJ");

  private OwnerRoles() {}

  static List<String> split(String cell) {
    String text = Markup.plain(cell).replaceAll("&(?=\\S)", "& ");
    List<String> words = List.of(text.split("\\s+"));
    List<String> roles = new ArrayList<>();
    StringBuilder role = new StringBuilder();
    boolean onlyQualifier = false;
    int i = 0;
    while (i < words.size()) {
      if (words.get(i).isEmpty()) {
        i++;
        continue;
      }
      String start = startAt(words, i, ROLE_STARTS);
      String qualifier = startAt(words, i, QUALIFIERS);
      String matched = start != null ? start : qualifier;
      if (matched != null) {
        boolean split = !role.isEmpty() && !onlyQualifier && !endsWithConnector(role);
        if (split) {
          roles.add(role.toString().strip());
          role.setLength(0);
        }
        // "Regional" then "Head of" is one role: a start is no role until a word of its own follows
        onlyQualifier = !WHOLE_ROLES.contains(matched);
        role.append(role.isEmpty() ? "" : " ").append(matched);
        i += matched.split(" ").length;
        continue;
      }
      role.append(role.isEmpty() ? "" : " ").append(words.get(i));
      onlyQualifier = false;
      i++;
    }
    if (!role.isEmpty()) {
      roles.add(role.toString().strip());
    }
    return List.copyOf(roles);
  }

  /** "Head of" + "and" + "Regional…" would be one role ("Head of Policy and Regional Affairs"). */
  private static boolean endsWithConnector(StringBuilder role) {
    String lower = role.toString().strip().toLowerCase(Locale.ROOT);
    return lower.endsWith(" and")
        || lower.endsWith(" of")
        || lower.endsWith(" for")
        || lower.endsWith(" &")
        || lower.endsWith(",");
  }

  private static String startAt(List<String> words, int index, List<String> starts) {
    for (String start : starts) {
      String[] parts = start.split(" ");
      if (index + parts.length > words.size()) {
        continue;
      }
      boolean matches = true;
      for (int k = 0; k < parts.length; k++) {
        if (!words.get(index + k).equals(parts[k])) {
          matches = false;
          break;
        }
      }
      if (matches) {
        return String.join(" ", words.subList(index, index + parts.length));
      }
    }
    return null;
  }
}
