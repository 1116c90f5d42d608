package com.kamplanner.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The layout every board's Excel export shares: a bold header row that stays in view while scrolling, and column
 * widths in characters so that the texts read whole on screen and in print. Dates and moments are real date cells
 * (so a reader sorts and filters them as dates) shown "3 Dec 2026" and "3 Dec 2026 22:05": the office software
 * names the month in its reader's language, and nothing reads as an ISO code.
 */
public final class SheetLayout {

    private SheetLayout() {
    }

    public static CellStyle bold(Workbook book) {
        CellStyle style = book.createCellStyle();
        Font font = book.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }

    /** The titles as the sheet's first row, in the given style, frozen above the data. */
    public static void header(Sheet sheet, CellStyle style, String... titles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            row.createCell(c).setCellValue(titles[c]);
            row.getCell(c).setCellStyle(style);
        }
        sheet.createFreezePane(0, 1);
    }

    /** The words of these bundle keys, in the reader's language. */
    public static String[] words(Function<String, String> texts, String... keys) {
        return Arrays.stream(keys).map(texts).toArray(String[]::new);
    }

    public static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    /** The style of a date cell: "3 Dec 2026". */
    public static CellStyle dates(Workbook book) {
        return dateFormat(book, "d mmm yyyy");
    }

    /** The style of a moment's cell, to the minute, in the server's time zone as the pages show it. */
    public static CellStyle moments(Workbook book) {
        return dateFormat(book, "d mmm yyyy hh:mm");
    }

    /** A date cell, or an empty one for no date. */
    public static Cell date(Row row, int column, LocalDate date, CellStyle dates) {
        Cell cell = row.createCell(column);
        if (date != null) {
            cell.setCellValue(date);
            cell.setCellStyle(dates);
        }
        return cell;
    }

    /** A moment's cell in the server's time zone, or an empty one for none. */
    public static Cell moment(Row row, int column, Instant at, CellStyle moments) {
        Cell cell = row.createCell(column);
        if (at != null) {
            cell.setCellValue(LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
            cell.setCellStyle(moments);
        }
        return cell;
    }

    private static CellStyle dateFormat(Workbook book, String format) {
        CellStyle style = book.createCellStyle();
        style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}
