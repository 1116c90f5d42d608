package com.kamplanner.priority;

import com.kamplanner.platform.SheetLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
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
            CellStyle bold = SheetLayout.bold(book);

            Sheet priorities = book.createSheet(texts.apply("priorities.export.sheet.priorities"));
            SheetLayout.header(priorities, bold, SheetLayout.words(texts, "priorities.title.label",
                    "priorities.period", "priorities.description", "priorities.accounts", "priorities.objectives",
                    "priorities.status"));
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
            SheetLayout.widths(priorities, 45, 12, 60, 10, 10, 28);

            Sheet serving = book.createSheet(texts.apply("priorities.export.sheet.serving"));
            SheetLayout.header(serving, bold, SheetLayout.words(texts, "priorities.title.label", "account.name",
                    "strategy.objective"));
            r = 1;
            for (PriorityStanding s : board) {
                for (ServingLine line : s.serving()) {
                    Row row = serving.createRow(r++);
                    row.createCell(0).setCellValue(s.priority().getTitle());
                    row.createCell(1).setCellValue(line.accountName());
                    row.createCell(2).setCellValue(line.objectiveTitle());
                }
            }
            SheetLayout.widths(serving, 45, 30, 60);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
