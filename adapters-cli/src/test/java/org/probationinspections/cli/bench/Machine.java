package org.probationinspections.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** What the figures were measured on: processor, cores, memory, JVM, from /proc and the JVM. */
public final class Machine {

  private Machine() {}

  public static String describe() {
    String cpu =
        firstLine("/proc/cpuinfo", "model name")
            .map(line -> line.substring(line.indexOf(':') + 1).trim())
            .orElse("unknown processor");
    String memory =
        firstLine("/proc/meminfo", "MemTotal")
            .map(line -> line.replaceAll("\\D+", ""))
            .map(kib -> String.format("%.1f GiB", Long.parseLong(kib) / 1024.0 / 1024.0))
            .orElse("unknown memory");
    return String.format(
        "%s; %d cores available to the JVM; %s RAM; %s %s (%s); %s %s",
        cpu,
        Runtime.getRuntime().availableProcessors(),
        memory,
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("java.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  static double residentMiB(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
      }
    }
    throw new IOException("no VmRSS for process " + pid);
  }

  /** The first line of {@code file} that starts with {@code prefix}, if it can be read. */
  private static Optional<String> firstLine(String file, String prefix) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(line -> line.startsWith(prefix))
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
