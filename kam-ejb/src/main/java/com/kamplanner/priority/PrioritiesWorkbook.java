package com.kamplanner.priority;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The priorities board as an Excel workbook (Apache POI): one sheet of priorities with their counts and whether
 * any key account serves them, one sheet of the account objectives serving each. Fixed words come from
 * {@code texts} (the UI bundle in the reader's language).
 */
public final class PrioritiesWorkbook {

    private PrioritiesWorkbook() {
    }

    public static byte[] xlsx(List<PriorityStanding> board, Function<String, String> texts) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet priorities = book.createSheet(texts.apply("priorities.export.sheet.priorities"));
            header(priorities, bold, texts, "priorities.title.label", "priorities.period", "priorities.description",
                    "priorities.accounts", "priorities.objectives", "priorities.status");
            int r = 1;
            for (PriorityStanding s : board) {
                Row row = priorities.createRow(r++);
                row.createCell(0).setCellValue(s.priority().getTitle());
                row.createCell(1).setCellValue(s.priority().getPeriod());
                row.createCell(2).setCellValue(s.priority().getDescription() == null ? ""
                        : s.priority().getDescription());
                row.createCell(3).setCellValue(s.accounts());
                row.createCell(4).setCellValue(s.objectives());
                row.createCell(5).setCellValue(texts.apply(s.priority().isRetired() ? "priorities.retired"
                        : s.isUnserved() ? "priorities.unserved" : "priorities.served"));
            }
            widths(priorities, 45, 12, 60, 10, 10, 28);

            Sheet serving = book.createSheet(texts.apply("priorities.export.sheet.serving"));
            header(serving, bold, texts, "priorities.title.label", "account.name", "strategy.objective");
            r = 1;
            for (PriorityStanding s : board) {
                for (ServingLine line : s.serving()) {
                    Row row = serving.createRow(r++);
                    row.createCell(0).setCellValue(s.priority().getTitle());
                    row.createCell(1).setCellValue(line.accountName());
                    row.createCell(2).setCellValue(line.objectiveTitle());
                }
            }
            widths(serving, 45, 30, 60);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, Function<String, String> texts, String... keys) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < keys.length; c++) {
            row.createCell(c).setCellValue(texts.apply(keys[c]));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
