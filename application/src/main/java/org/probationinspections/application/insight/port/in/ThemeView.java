package org.probationinspections.application.insight.port.in;

import java.util.List;

/** A theme of the taxonomy and the rules that find it, as people read and edit them. */
public record ThemeView(String id, String name, String description, List<Rule> rules) {

  public record Rule(String phrase, int weight) {}
}
