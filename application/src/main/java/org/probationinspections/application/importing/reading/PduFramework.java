package org.probationinspections.application.importing.reading;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.probationinspections.application.shared.FrameworkChoice;
import org.probationinspections.domain.unit.UnitName;

/**
 * The standards of the adult probation PDU framework (2021 onwards) as the documents print them.
 * Kept as data so that a document rated under another framework only needs another table.
 */
final class PduFramework {

  static final String ID = FrameworkChoice.PDU_2021.value();

  /** Code to printed name, in the order of the published ratings table. */
  static final Map<String, String> STANDARDS = standards();

  /** The standards that a ratings table rates (2.6 Outcomes is reported, never rated). */
  static final List<String> RATED_CODES =
      List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5");

  /** Court work is the one standard a table may leave out: it is then not rated. */
  static final String COURT_WORK = "2.1";

  /** Code by the comparison key of the printed name, computed once. */
  private static final Map<String, String> CODES_BY_KEY = codesByKey();

  private PduFramework() {}

  private static Map<String, String> standards() {
    Map<String, String> standards = new LinkedHashMap<>();
    standards.put("1.1", "Leadership");
    standards.put("1.2", "Staff");
    standards.put("1.3", "Services");
    standards.put("1.4", "Information and facilities");
    standards.put("2.1", "Court work");
    standards.put("2.2", "Assessment");
    standards.put("2.3", "Planning");
    standards.put("2.4", "Implementation and delivery");
    standards.put("2.5", "Reviewing");
    standards.put("2.6", "Outcomes");
    return Collections.unmodifiableMap(standards);
  }

  private static Map<String, String> codesByKey() {
    Map<String, String> codes = new HashMap<>();
    STANDARDS.forEach((code, name) -> codes.putIfAbsent(UnitName.key(name), code));
    return Map.copyOf(codes);
  }

  /** The code of a standard by its printed name ("Implementation and delivery" → "2.4"). */
  static Optional<String> codeOf(String name) {
    return Optional.ofNullable(CODES_BY_KEY.get(UnitName.key(name)));
  }

  static String nameOf(String code) {
    return STANDARDS.get(code);
  }
}
