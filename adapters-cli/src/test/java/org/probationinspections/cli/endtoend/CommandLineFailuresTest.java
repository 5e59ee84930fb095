package org.probationinspections.cli.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the command line says when a command cannot do what it was asked: words, not Java. */
class CommandLineFailuresTest extends CommandLineTest {

  /** No stack trace, no Java class name of an exception. */
  private static void speaksPlainly(CommandRun run) {
    assertFalse(run.output().contains("\tat "), run.output());
    assertFalse(run.output().contains("Exception"), run.output());
    assertFalse(run.output().contains("No enum constant"), run.output());
  }

  @Test
  void backupToAFileThatExists_isRefusedInOneLine_andTheFileIsKept() throws Exception {
    Path existing = Files.writeString(dir.resolve("backup.db"), "keep me");
    CommandRun run = run("db", "backup", "--db", db(), existing.toString());
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().contains("exists already"), run.output());
    speaksPlainly(run);
    assertEquals("keep me", Files.readString(existing));
  }

  @Test
  void exportOfSomethingUnknown_namesWhatCanBeExported() {
    CommandRun run = run("export", "inspection", "--db", db());
    assertEquals(2, run.status(), run.output());
    assertTrue(run.output().contains("inspections, reviews, action-plans or audit"), run.output());
    speaksPlainly(run);
  }

  @Test
  void exportWhatIsNamedInCapitals_isUnderstood() {
    CommandRun run = run("export", "Action-Plans", "--db", db());
    assertEquals(0, run.status(), run.output());
  }

  @Test
  void aDateWrittenTheBritishWay_isRefusedWithTheFormExpected() {
    CommandRun run = run("export", "inspections", "--db", db(), "--as-of", "31/03/2024");
    assertEquals(2, run.status(), run.output());
    assertTrue(run.output().contains("YYYY-MM-DD"), run.output());
    speaksPlainly(run);
  }

  @Test
  void aRoleInLowerCase_isUnderstood() {
    CommandRun run = run("users", "add", "rita.reader", "--role", "reader", "--db", db());
    assertEquals(0, run.status(), run.output());
  }

  @Test
  void usersList_startsWithAHeader() {
    run("users", "add", "alice", "--role", "inspector", "--db", db());
    CommandRun run = run("users", "list", "--db", db());
    assertEquals(0, run.status(), run.output());
    List<String> lines = run.output().lines().toList();
    assertTrue(lines.get(0).matches("user\\s+role\\s+status\\s+regions"), run.output());
    assertTrue(lines.get(1).startsWith("alice"), run.output());
  }

  @Test
  void databaseCheck_listsTheTablesInOrder_underAHeader() {
    CommandRun run = run("db", "check", "--db", db());
    assertEquals(0, run.status(), run.output());
    List<String> tables = new ArrayList<>();
    for (String line : run.output().lines().toList()) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length == 2 && columns[1].matches("\\d+")) {
        tables.add(columns[0]);
      }
    }
    assertTrue(run.output().lines().anyMatch(l -> l.matches("table\\s+rows")), run.output());
    assertTrue(tables.size() > 10, run.output());
    assertEquals(tables.stream().sorted().toList(), tables);
  }

  @Test
  void importIntoAServerThatIsNotThere_saysSo() throws Exception {
    Path report = Files.writeString(dir.resolve("report.txt"), "A report");
    CommandRun run =
        run("import", "--server", "http://127.0.0.1:1", "--token", "pit_x", report.toString());
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().contains("cannot connect to http://127.0.0.1:1"), run.output());
    assertFalse(run.output().contains("null"), run.output());
    speaksPlainly(run);
  }

  @Test
  void serveOnAPostgreSqlServerThatIsNotThere_failsInOneLine() {
    CommandRun run =
        run("serve", "--port", "0", "--db", "jdbc:postgresql://127.0.0.1:1/inspections?user=me");
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().contains("cannot connect"), run.output());
    speaksPlainly(run);
    assertTrue(run.output().lines().count() <= 3, run.output());
  }
}
