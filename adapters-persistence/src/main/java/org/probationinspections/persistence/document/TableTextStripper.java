package org.probationinspections.persistence.document;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text, sorted by position, laid out as the importers read text extracted from a PDF:
 *
 * <ul>
 *   <li>a line of the page a line of text; a wider gap between lines (a new paragraph) a blank
 *       line, and a page break too;
 *   <li>on a line, words further apart than a few spaces are in different cells of a table, written
 *       with a tab between them;
 *   <li>the rows of one table share its columns: where the cells of consecutive rows start is where
 *       its columns start, and a cell is written after as many tabs as its column has columns
 *       before it, so that a row whose first cells are empty (a row continued from the page before,
 *       or a cell continued below) keeps its cells in their columns. A table that runs on to the
 *       next page keeps its columns there.
 * </ul>
 */
final class TableTextStripper extends PDFTextStripper {

  /** A gap between words wider than this many spaces separates cells. */
  private static final float CELL_GAP_SPACES = 3f;

  /** A gap between lines wider than this share of the usual one is a paragraph break. */
  private static final float PARAGRAPH_GAP = 1.4f;

  private record Word(float x0, float x1, float y, float size, float space, String text) {}

  private record Cell(float x, String text) {}

  private record Line(float y, float size, List<Cell> cells) {
    float x() {
      return cells.get(0).x();
    }
  }

  private final List<Word> words = new ArrayList<>();
  private final List<Line> lines = new ArrayList<>();

  /** The columns of the last table seen, which may run on into the next. */
  private List<Float> lastColumns = List.of();

  private final StringBuilder text = new StringBuilder();
  private boolean firstPage = true;

  TableTextStripper() throws IOException {
    setSortByPosition(true);
    setLineSeparator("\n");
  }

  @Override
  protected void writeString(String string, List<TextPosition> positions) {
    if (string.isBlank() || positions.isEmpty()) {
      return;
    }
    TextPosition first = positions.get(0);
    TextPosition last = positions.get(positions.size() - 1);
    float space = first.getWidthOfSpace();
    if (!(space > 0) || Float.isInfinite(space)) {
      space = first.getFontSizeInPt() / 4;
    }
    words.add(
        new Word(
            first.getXDirAdj(),
            last.getXDirAdj() + last.getWidthDirAdj(),
            first.getYDirAdj(),
            Math.max(first.getFontSizeInPt(), 1f),
            space,
            bullets(string.stripTrailing())));
  }

  /** The bullets of the Symbol and Wingdings fonts, which have no Unicode, as "•". */
  private static String bullets(String text) {
    return text.replace('\uF0B7', '\u2022').replace('\uF0A7', '\u2022');
  }

  @Override
  protected void writeString(String string) {
    // Paragraph, page and article markers: the layout below writes what it needs.
  }

  @Override
  protected void writeWordSeparator() {
    // Words are laid out by where they are, below.
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writeParagraphSeparator() {
    endLine();
  }

  @Override
  protected void writeParagraphStart() {}

  @Override
  protected void writeParagraphEnd() {
    endLine();
  }

  @Override
  protected void writePageStart() {}

  @Override
  protected void writePageEnd() {}

  @Override
  protected void writePage() throws IOException {
    lines.clear();
    words.clear();
    super.writePage();
    endLine();
    if (lines.isEmpty()) {
      return;
    }
    if (!firstPage) {
      text.append('\n'); // a page break is a paragraph break
    }
    firstPage = false;
    text.append(layOut(lines));
  }

  @Override
  protected void endDocument(org.apache.pdfbox.pdmodel.PDDocument document) throws IOException {
    output.write(text.toString());
    text.setLength(0);
    super.endDocument(document);
  }

  /** The words of the line read so far, as cells. */
  private void endLine() {
    if (words.isEmpty()) {
      return;
    }
    words.sort(Comparator.comparingDouble(Word::x0));
    List<Cell> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder(words.get(0).text());
    float cellX = words.get(0).x0();
    float size = 0;
    for (int i = 1; i < words.size(); i++) {
      Word before = words.get(i - 1);
      Word word = words.get(i);
      float gap = word.x0() - before.x1();
      if (gap > Math.max(CELL_GAP_SPACES * before.space(), before.size() * 0.75f)) {
        cells.add(new Cell(cellX, cell.toString()));
        cell.setLength(0);
        cellX = word.x0();
        cell.append(word.text().stripLeading());
        continue;
      }
      cell.append(cell.isEmpty() ? "" : " ").append(word.text().stripLeading());
    }
    cells.add(new Cell(cellX, cell.toString()));
    for (Word word : words) {
      size = Math.max(size, word.size());
    }
    lines.add(new Line(words.get(0).y(), size, cells));
    words.clear();
  }

  /** One page's lines as text: blank lines at paragraph breaks, tables' cells in columns. */
  private String layOut(List<Line> page) {
    float left = Float.MAX_VALUE;
    for (Line line : page) {
      left = Math.min(left, line.x());
    }
    float leading = usualGap(page);
    List<List<Float>> columns = columnsOfTables(page, left);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < page.size(); i++) {
      Line line = page.get(i);
      if (i > 0 && leading > 0) {
        float gap = line.y() - page.get(i - 1).y();
        if (gap > PARAGRAPH_GAP * leading) {
          int blanks = Math.max(1, Math.round(gap / leading) - 1);
          out.append("\n".repeat(blanks));
        }
      }
      out.append(cellsOf(line, columns.get(i))).append('\n');
    }
    return out.toString();
  }

  /**
   * The gap from one line to the next in a paragraph: the smallest gap between the page's lines (of
   * at least 0.8 of their size), or 1.25 times the size of its text, whichever is less: a page of
   * one-line paragraphs has no two lines of one paragraph.
   */
  private static float usualGap(List<Line> page) {
    float size = 0;
    for (Line line : page) {
      size = Math.max(size, line.size());
    }
    float gap = size * 1.25f;
    for (int i = 1; i < page.size(); i++) {
      float between = page.get(i).y() - page.get(i - 1).y();
      if (between >= 0.8f * page.get(i).size()) {
        gap = Math.min(gap, between);
      }
    }
    return gap;
  }

  /**
   * For each line, the columns of the table it is a row of, or none. A table is a run of lines of
   * two cells or more, with the lines of one cell that start where one of its columns does (to the
   * right of the page's margin); a run that starts a page, or follows another, within the columns
   * of the table before continues that table.
   */
  private List<List<Float>> columnsOfTables(List<Line> page, float left) {
    List<List<Float>> result = new ArrayList<>();
    int start = -1;
    List<Float> known = List.of();
    List<Float> starts = new ArrayList<>();
    for (int i = 0; i <= page.size(); i++) {
      Line line = i < page.size() ? page.get(i) : null;
      boolean row = false;
      if (line != null) {
        float tolerance = line.size() * 0.6f;
        if (line.cells().size() > 1) {
          row = true;
        } else if (line.x() > left + tolerance) {
          List<Float> open = start >= 0 ? merge(known, starts, tolerance) : lastColumns;
          row = columnOf(open, line.x(), tolerance) >= 0;
        }
      }
      if (row) {
        if (start < 0) {
          start = i;
          starts.clear();
          known = lastColumns;
        }
        line.cells().forEach(cell -> starts.add(cell.x()));
        continue;
      }
      if (start >= 0) {
        float tolerance = page.get(start).size() * 0.6f;
        List<Float> own = merge(List.of(), starts, tolerance);
        boolean continues = known.size() > 0 && fits(own, known, tolerance);
        List<Float> table = continues ? merge(known, starts, tolerance) : own;
        for (int j = start; j < i; j++) {
          result.add(table);
        }
        lastColumns = table;
        start = -1;
      }
      if (line != null) {
        result.add(List.of());
      }
    }
    return result;
  }

  /** The line's cells, each after as many tabs as its column has columns before it. */
  private static String cellsOf(Line line, List<Float> columns) {
    if (columns.isEmpty()) {
      return String.join("\t", line.cells().stream().map(Cell::text).toList());
    }
    float tolerance = line.size() * 0.6f;
    StringBuilder out = new StringBuilder();
    int column = -1;
    for (Cell cell : line.cells()) {
      int at = columnOf(columns, cell.x(), tolerance);
      int next = Math.max(column + 1, at < 0 ? nearest(columns, cell.x()) : at);
      out.append("\t".repeat(column < 0 ? next : next - column));
      out.append(cell.text());
      column = next;
    }
    return out.toString();
  }

  /** Where cells start, grouped: each group's leftmost start, in order. */
  private static List<Float> merge(List<Float> known, List<Float> starts, float tolerance) {
    List<Float> all = new ArrayList<>(known);
    all.addAll(starts);
    all.sort(Float::compare);
    List<Float> columns = new ArrayList<>();
    for (float x : all) {
      if (columns.isEmpty() || x - columns.get(columns.size() - 1) > tolerance) {
        columns.add(x);
      }
    }
    return columns;
  }

  private static boolean fits(List<Float> columns, List<Float> known, float tolerance) {
    return columns.stream().allMatch(x -> columnOf(known, x, tolerance) >= 0);
  }

  private static int columnOf(List<Float> columns, float x, float tolerance) {
    for (int i = 0; i < columns.size(); i++) {
      if (Math.abs(columns.get(i) - x) <= tolerance) {
        return i;
      }
    }
    return -1;
  }

  private static int nearest(List<Float> columns, float x) {
    int best = 0;
    for (int i = 1; i < columns.size(); i++) {
      if (Math.abs(columns.get(i) - x) < Math.abs(columns.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }
}
