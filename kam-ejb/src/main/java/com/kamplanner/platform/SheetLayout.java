package com.kamplanner.platform;

import java.util.Arrays;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The layout every board's Excel export shares: a bold header row that stays in view while scrolling, and column
 * widths in characters so that the texts read whole on screen and in print.
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
}
