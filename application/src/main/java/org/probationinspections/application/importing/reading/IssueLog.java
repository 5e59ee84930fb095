package org.probationinspections.application.importing.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the issues of one import. Every issue is also a note for the stored document, because a
 * guess that is only logged is a guess nobody reviews; each is raised as a flag on the record it
 * went into, too.
 */
final class IssueLog {

  private final String fileName;
  private final List<ImportIssue> issues = new ArrayList<>();
  private Optional<String> unit = Optional.empty();

  IssueLog(String fileName) {
    this.fileName = fileName;
  }

  /** The issues logged from now on are about {@code pdu}, until {@link #aboutTheDocument()}. */
  void about(String pdu) {
    unit = Optional.of(pdu);
  }

  void aboutTheDocument() {
    unit = Optional.empty();
  }

  void warn(int line, String message) {
    issues.add(
        new ImportIssue(fileName, Math.max(1, line), ImportIssue.Severity.WARNING, message, unit));
  }

  void error(int line, String message) {
    issues.add(
        new ImportIssue(fileName, Math.max(1, line), ImportIssue.Severity.ERROR, message, unit));
  }

  int size() {
    return issues.size();
  }

  List<ImportIssue> issues() {
    return List.copyOf(issues);
  }

  /** The issues raised since {@code from}, as notes ("file:line: message"). */
  List<String> notesSince(int from) {
    return issues.subList(from, issues.size()).stream().map(ImportIssue::describe).toList();
  }

  List<String> notes() {
    return notesSince(0);
  }
}
