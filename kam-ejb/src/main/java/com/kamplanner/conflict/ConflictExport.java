package com.kamplanner.conflict;

import com.kamplanner.platform.SheetLayout;
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
 * The conflict register as an Excel workbook, one row per entry, with the column titles and the kind and status
 * names in the reader's language (given as a key-to-text function, so this stays free of the web bundles).
 */
public final class ConflictExport {

    private static final String[] COLUMNS = {"conflict.title", "conflict.kind", "conflict.accounts",
        "conflict.otherParties", "conflict.description", "conflict.status", "conflict.resolution",
        "conflict.openedBy", "conflict.openedAt", "conflict.resolvedBy", "conflict.resolvedAt"};

    private ConflictExport() {
    }

    public static byte[] xlsx(List<Conflict> conflicts, Function<String, String> text) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(safeSheetName(text.apply("conflict.register")));
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle moments = SheetLayout.moments(book);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                header.createCell(i).setCellValue(text.apply(COLUMNS[i]));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (Conflict c : conflicts) {
                Row row = sheet.createRow(r++);
                String[] values = {c.getTitle(), text.apply("conflict.kind." + c.getKind()), c.getAccountNames(),
                    c.getOtherParties(), c.getDescription(), text.apply("conflict.status." + c.getStatus()),
                    c.getResolution(), c.getOpenedBy()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i] == null ? "" : values[i]);
                }
                SheetLayout.moment(row, 8, c.getOpenedAt(), moments);
                row.createCell(9).setCellValue(c.getResolvedBy() == null ? "" : c.getResolvedBy());
                SheetLayout.moment(row, 10, c.getResolvedAt(), moments);
            }
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < COLUMNS.length; i++) {
                sheet.setColumnWidth(i, i == 4 || i == 6 ? 60 * 256 : 22 * 256);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safeSheetName(String name) {
        String safe = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return safe.length() > 31 ? safe.substring(0, 31) : safe;
    }
}
