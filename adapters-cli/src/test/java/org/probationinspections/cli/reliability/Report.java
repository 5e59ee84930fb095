package org.probationinspections.cli.reliability;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.probationinspections.cli.bench.Machine;
import org.probationinspections.cli.testing.HarnessPage;

/** The probes' figures as the Markdown page docs/RELIABILITY.md. */
final class Report {

  static final String HEADER = "| Figure | Value | Expected | Verdict |";

  private Report() {}

  static String markdown(
      Reliability.Settings settings, List<Section> sections, String commit, double minutes) {
    StringBuilder page =
        HarnessPage.opening(
            "Reliability", "reliability", "reliability", Optional.of(commit), Machine.describe());
    page.append("\n\n**Run:** random seed ")
        .append(settings.seed())
        .append(String.format(java.util.Locale.ROOT, ", %.1f minutes in all.", minutes))
        .append(" Every figure below comes from this run; none is written by hand.\n\n");
    long missed = sections.stream().filter(section -> !section.met()).count();
    page.append(
        missed == 0
            ? "**Every figure is as expected.**\n"
            : "**"
                + missed
                + " of "
                + sections.size()
                + " probes missed:** "
                + String.join(
                    ", ", sections.stream().filter(s -> !s.met()).map(Section::title).toList())
                + ". The rows marked MISSED say which figure, and the notes below each table"
                + " which requests.\n");
    for (Section section : sections) {
      page.append("\n## ").append(section.title()).append("\n\n").append(section.method());
      page.append("\n\n").append(HEADER).append("\n|---|---|---|---|\n");
      for (Section.Figure figure : section.figures()) {
        page.append("| ")
            .append(figure.what())
            .append(" | ")
            .append(figure.value())
            .append(" | ")
            .append(figure.expected())
            .append(" | ")
            .append(figure.met() ? "as expected" : "**MISSED**")
            .append(" |\n");
      }
      if (!section.notes().isEmpty()) {
        page.append("\n");
        for (String note : section.notes()) {
          page.append("- ").append(note).append('\n');
        }
      }
    }
    return page.toString();
  }

  /** The commit the run measured ({@code git rev-parse --short HEAD}), marked when not clean. */
  static String commit(Path repository) {
    try {
      String head = git(repository, "rev-parse", "--short", "HEAD");
      String status = git(repository, "status", "--porcelain", "--untracked-files=no");
      return head + (status.isBlank() ? "" : " with uncommitted changes");
    } catch (Exception e) {
      return "unknown";
    }
  }

  private static String git(Path repository, String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString()));
    command.addAll(List.of(args));
    Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(git.getInputStream().readAllBytes()).strip();
    if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
      throw new IllegalStateException(out);
    }
    return out;
  }
}
