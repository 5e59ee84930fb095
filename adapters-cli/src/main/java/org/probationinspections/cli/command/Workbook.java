package org.probationinspections.cli.command;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.probationinspections.application.port.in.interchange.ActionDocument;
import org.probationinspections.application.port.in.interchange.ActionPlanDocument;
import org.probationinspections.application.port.in.interchange.InspectionDocument;
import org.probationinspections.application.port.in.interchange.ItemDocument;
import org.probationinspections.application.port.in.interchange.RecommendationDocument;
import org.probationinspections.application.port.in.interchange.StandardDocument;

/** Excel workbooks of the exported records, a sheet per kind of row, for boards and analysts. */
final class Workbook {

  private static final List<String> CODES =
      List.of("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "2.5");

  private Workbook() {}

  static void inspections(OutputStream out, List<InspectionDocument> inspections)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Inspections");
      List<String> header =
          new java.util.ArrayList<>(
              List.of("PDU", "Region", "Fieldwork started", "Published", "Cases"));
      CODES.forEach(header::add);
      header.addAll(
          List.of(
              "Score",
              "Maximum",
              "Overall rating",
              "Flags",
              "Published summary",
              "Source",
              "Published on",
              "Framework",
              "Judgement"));
      header(book, sheet, header);
      int row = 1;
      for (InspectionDocument i : inspections) {
        Row cells = sheet.createRow(row++);
        int c = 0;
        cells.createCell(c++).setCellValue(i.pdu());
        cells.createCell(c++).setCellValue(i.region().orElse(""));
        cells.createCell(c++).setCellValue(i.fieldworkStarted().map(Object::toString).orElse(""));
        cells.createCell(c++).setCellValue(i.published().map(Object::toString).orElse(""));
        number(cells.createCell(c++), i.casesInspected().map(Integer::doubleValue));
        for (String code : CODES) {
          cells.createCell(c++).setCellValue(rating(i, code));
        }
        number(cells.createCell(c++), i.score().map(Integer::doubleValue));
        number(cells.createCell(c++), i.maxScore().map(Integer::doubleValue));
        cells.createCell(c++).setCellValue(i.overallRating().map(r -> r.label()).orElse(""));
        cells.createCell(c++).setCellValue(String.join("; ", i.flags()));
        var record = i.publishedRecord();
        cells.createCell(c++).setCellValue(record.map(r -> r.summary() ? "yes" : "no").orElse(""));
        cells.createCell(c++).setCellValue(record.map(r -> r.source()).orElse(""));
        cells
            .createCell(c++)
            .setCellValue(
                record
                    .map(
                        r ->
                            r.published().orElse("not stated")
                                + r.publishedNote().map(n -> " (" + n + ")").orElse(""))
                    .orElse(""));
        cells.createCell(c++).setCellValue(i.framework());
        cells.createCell(c).setCellValue(i.judgement().orElse(""));
      }
      Sheet recommendations = book.createSheet("Recommendations");
      header(
          book,
          recommendations,
          List.of(
              "PDU",
              "Fieldwork started",
              "Number",
              "Addressee level",
              "Addressee",
              "Recommendation"));
      row = 1;
      for (InspectionDocument i : inspections) {
        for (RecommendationDocument r : i.recommendations()) {
          Row cells = recommendations.createRow(row++);
          cells.createCell(0).setCellValue(i.pdu());
          cells.createCell(1).setCellValue(i.fieldworkStarted().map(Object::toString).orElse(""));
          cells.createCell(2).setCellValue(r.number());
          cells.createCell(3).setCellValue(r.addressee().level().name());
          cells.createCell(4).setCellValue(r.addressee().name());
          cells.createCell(5).setCellValue(r.text());
        }
      }
      finish(sheet, header.size());
      finish(recommendations, 6);
      book.write(out);
    }
  }

  static void actionPlans(OutputStream out, List<ActionPlanDocument> plans) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Actions");
      List<String> header =
          List.of(
              "Region",
              "Submitted",
              "Item",
              "Response",
              "Reason",
              "Action",
              "Text",
              "Owners",
              "Target",
              "Status",
              "Days overdue");
      header(book, sheet, header);
      int row = 1;
      for (ActionPlanDocument plan : plans) {
        for (ItemDocument item : plan.items()) {
          for (ActionDocument action : item.actions()) {
            Row cells = sheet.createRow(row++);
            cells.createCell(0).setCellValue(plan.region());
            cells.createCell(1).setCellValue(plan.submitted().toString());
            cells.createCell(2).setCellValue(item.number());
            cells.createCell(3).setCellValue(item.response().label());
            cells.createCell(4).setCellValue(item.reason().map(Enum::name).orElse(""));
            number(cells.createCell(5), action.number().map(Integer::doubleValue));
            cells.createCell(6).setCellValue(action.text());
            cells.createCell(7).setCellValue(String.join("; ", action.owners()));
            cells.createCell(8).setCellValue(action.target().map(Object::toString).orElse(""));
            cells.createCell(9).setCellValue(action.status().name());
            number(cells.createCell(10), action.daysOverdue().map(Long::doubleValue));
          }
        }
      }
      Sheet summary = book.createSheet("Summary");
      header(
          book,
          summary,
          List.of("Region", "Submitted", "Agreed", "Partly Agreed", "Not Agreed", "Total"));
      row = 1;
      for (ActionPlanDocument plan : plans) {
        var counts = plan.summary().orElseThrow();
        Row cells = summary.createRow(row++);
        cells.createCell(0).setCellValue(plan.region());
        cells.createCell(1).setCellValue(plan.submitted().toString());
        cells.createCell(2).setCellValue(counts.agreed());
        cells.createCell(3).setCellValue(counts.partlyAgreed());
        cells.createCell(4).setCellValue(counts.notAgreed());
        cells.createCell(5).setCellValue(counts.total());
      }
      finish(sheet, header.size());
      finish(summary, 6);
      book.write(out);
    }
  }

  private static void header(XSSFWorkbook book, Sheet sheet, List<String> names) {
    CellStyle bold = book.createCellStyle();
    Font font = book.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row row = sheet.createRow(0);
    for (int c = 0; c < names.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(names.get(c));
      cell.setCellStyle(bold);
    }
    sheet.createFreezePane(0, 1);
  }

  private static void finish(Sheet sheet, int columns) {
    sheet.setAutoFilter(
        new org.apache.poi.ss.util.CellRangeAddress(
            0, Math.max(0, sheet.getLastRowNum()), 0, columns - 1));
  }

  private static void number(Cell cell, java.util.Optional<Double> value) {
    value.ifPresent(cell::setCellValue);
  }

  private static String rating(InspectionDocument inspection, String code) {
    return inspection.standards().stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .flatMap(StandardDocument::rating)
        .map(r -> r.label())
        .orElse("");
  }
}
