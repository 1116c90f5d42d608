package com.kamplanner.whitespace;

import com.kamplanner.platform.Formats;
import com.kamplanner.platform.SheetLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lays out one account's whitespace map as an Excel workbook: the grid (offerings down, buying centres across, the
 * state in words with its value, then the row's supplied and open totals, and a totals row), and every cell on
 * its own row with real numbers and dates for sorting and filtering. Also the grid's lines for the plan's
 * appendix. The fixed words come from {@code text}, in the reader's language.
 */
public final class WhitespaceExport {

    private WhitespaceExport() {
    }

    public static byte[] xlsx(WhitespaceMap map, Locale locale, Function<String, String> text) {
        Formats formats = Formats.of(locale);
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = SheetLayout.bold(book);
            Sheet grid = book.createSheet(text.apply("whitespace.export.grid"));
            List<String> titles = new ArrayList<>();
            titles.add(text.apply("whitespace.offering"));
            map.getCentres().forEach(c -> titles.add(c.getName()));
            titles.add(text.apply("whitespace.total.supplied") + " (" + map.getCurrency() + ")");
            titles.add(text.apply("whitespace.total.open") + " (" + map.getCurrency() + ")");
            SheetLayout.header(grid, bold, titles.toArray(String[]::new));
            int r = 1;
            for (Offering offering : map.getOfferings()) {
                Row row = grid.createRow(r++);
                row.createCell(0).setCellValue(offering.name(locale));
                int c = 1;
                for (BuyingCentre centre : map.getCentres()) {
                    row.createCell(c++).setCellValue(cellText(map, centre, offering, formats, text));
                }
                WhitespaceTotals.Sum sum = map.getTotals().row(offering.getCode());
                row.createCell(c++).setCellValue(sum.supplied().doubleValue());
                row.createCell(c).setCellValue(sum.open().doubleValue());
            }
            Row totals = grid.createRow(r);
            totals.createCell(0).setCellValue(text.apply("whitespace.total"));
            totals.getCell(0).setCellStyle(bold);
            int c = 1;
            for (BuyingCentre centre : map.getCentres()) {
                WhitespaceTotals.Sum sum = map.getTotals().column(centre.getId());
                totals.createCell(c++).setCellValue(text.apply("whitespace.total.supplied") + " "
                        + formats.amount(sum.supplied(), map.getCurrency()) + " · " + text.apply("whitespace.total.open")
                        + " " + formats.amount(sum.open(), map.getCurrency()));
            }
            totals.createCell(c++).setCellValue(map.getTotals().getOverall().supplied().doubleValue());
            totals.createCell(c).setCellValue(map.getTotals().getOverall().open().doubleValue());
            int[] widths = new int[titles.size()];
            java.util.Arrays.fill(widths, 28);
            SheetLayout.widths(grid, widths);
            cells(book, map, locale, text, bold);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void cells(XSSFWorkbook book, WhitespaceMap map, Locale locale, Function<String, String> text,
                              CellStyle bold) {
        Sheet sheet = book.createSheet(text.apply("whitespace.export.cells"));
        SheetLayout.header(sheet, bold, SheetLayout.words(text, "whitespace.offering", "whitespace.centre",
                "whitespace.state", "whitespace.value", "whitespace.currency", "whitespace.competitor",
                "whitespace.stage", "whitespace.expected"));
        CellStyle dates = SheetLayout.dates(book);
        int r = 1;
        for (Offering offering : map.getOfferings()) {
            for (BuyingCentre centre : map.getCentres()) {
                WhitespaceCell cell = map.cell(centre.getId(), offering.getCode());
                if (cell == null) {
                    continue;
                }
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(offering.name(locale));
                row.createCell(1).setCellValue(centre.getName());
                row.createCell(2).setCellValue(text.apply("whitespace.state." + cell.getState().name()));
                if (cell.getValue() != null) {
                    row.createCell(3).setCellValue(cell.getValue().doubleValue());
                    row.createCell(4).setCellValue(map.getCurrency());
                }
                if (cell.getCompetitor() != null) {
                    row.createCell(5).setCellValue(cell.getCompetitor());
                }
                if (cell.getStage() != null) {
                    row.createCell(6).setCellValue(text.apply("whitespace.stage." + cell.getStage().name()));
                }
                if (cell.getExpected() != null) {
                    row.createCell(7).setCellValue(cell.getExpected());
                    row.getCell(7).setCellStyle(dates);
                }
            }
        }
        SheetLayout.widths(sheet, 30, 24, 20, 14, 10, 24, 16, 14);
    }

    /** A cell as words: its state, then its value or competitor ("Open · €1,200,000"). */
    public static String cellText(WhitespaceMap map, BuyingCentre centre, Offering offering, Formats formats,
                                  Function<String, String> text) {
        WhitespaceCell cell = map.cell(centre.getId(), offering.getCode());
        CellState state = cell == null ? CellState.UNKNOWN : cell.getState();
        String words = text.apply("whitespace.state." + state.name());
        if (cell != null && cell.getValue() != null && state.valued()) {
            words += " · " + formats.amount(cell.getValue(), map.getCurrency());
        } else if (cell != null && state == CellState.COMPETITOR) {
            words += " · " + cell.getCompetitor();
        }
        return words;
    }

    /** Rows of the appendix: offering, then each centre's words, then supplied and open totals as amounts. */
    public static List<List<String>> appendixRows(WhitespaceMap map, Locale locale, Function<String, String> text) {
        Formats formats = Formats.of(locale);
        List<List<String>> rows = new ArrayList<>();
        for (Offering offering : map.getOfferings()) {
            List<String> row = new ArrayList<>();
            row.add(offering.name(locale));
            map.getCentres().forEach(c -> row.add(cellText(map, c, offering, formats, text)));
            WhitespaceTotals.Sum sum = map.getTotals().row(offering.getCode());
            row.add(formats.amount(sum.supplied(), map.getCurrency()));
            row.add(formats.amount(sum.open(), map.getCurrency()));
            rows.add(row);
        }
        return rows;
    }
}
