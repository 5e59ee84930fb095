package org.probationinspections.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Published-format PDU reports for the import benchmark: the seed report's text with the PDU named
 * otherwise, so that each is a new document about a new PDU, laid out as the Inspectorate lays out
 * its reports.
 */
final class PublishedReports {

  static final String SEED = "cheshire-west-pdu-report-2023.txt";

  private static final String[] PLACES = {
    "Ashby Vale",
    "Brent Moor",
    "Calder Mere",
    "Dunmore",
    "Elmstead",
    "Fairholt",
    "Glenbrook",
    "Hartwell",
    "Ivybridge Marsh",
    "Kingsmead"
  };

  private PublishedReports() {}

  static List<Path> write(Path seeds, Path folder, int count) throws Exception {
    String seed = Files.readString(seeds.resolve(SEED));
    List<Path> files = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      String name = PLACES[n % PLACES.length] + " " + (n / PLACES.length + 1);
      Path file = folder.resolve("pdu-report-" + n + ".txt");
      Files.writeString(file, seed.replace("Cheshire West", name));
      files.add(file);
    }
    return files;
  }
}
