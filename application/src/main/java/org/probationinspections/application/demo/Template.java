package org.probationinspections.application.demo;

/** Fills in a text of the demo's data file: {@code {name}} becomes the value. */
final class Template {

  private Template() {}

  static String fill(String text, String name, Object value) {
    return text.replace("{" + name + "}", String.valueOf(value));
  }
}
