package com.kamplanner.whitespace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.LibreOffice;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The whitespace map's workbook reopens with POI (the grid in words, the totals as numbers, every cell on its own
 * row), a retired offering's cells are left out, and LibreOffice opens it when installed.
 */
class WhitespaceExportTest {

    private static final Map<String, String> LABELS = Map.of("whitespace.offering", "Offering",
            "whitespace.state.SUPPLIED", "Supplied", "whitespace.state.OPEN", "Open opportunity",
            "whitespace.state.COMPETITOR", "Held by a competitor", "whitespace.state.UNKNOWN", "Unknown",
            "whitespace.total.supplied", "Supplied", "whitespace.total.open", "Open", "whitespace.total", "Total");
    static final Function<String, String> TEXT = key -> LABELS.getOrDefault(key, key);

    @Test
    void theWorkbookHasTheGridInWordsAndTheTotalsAsNumbers() throws Exception {
        WhitespaceMap map = WhitespaceMaps.airbus();
        byte[] xlsx = WhitespaceExport.xlsx(map, Locale.ENGLISH, TEXT);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet grid = book.getSheetAt(0);
            assertEquals("Marignane", grid.getRow(0).getCell(1).getStringCellValue());
            assertEquals("Supplied (EUR)", grid.getRow(0).getCell(3).getStringCellValue());
            assertEquals("Wiring harnesses", grid.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Supplied · €4,200,000", grid.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Open opportunity · €1,250,000.50", grid.getRow(1).getCell(2).getStringCellValue());
            assertEquals(4200000, grid.getRow(1).getCell(3).getNumericCellValue(), 0.001);
            assertEquals(1250000.5, grid.getRow(1).getCell(4).getNumericCellValue(), 0.001);
            assertEquals("Held by a competitor · Collins Aerospace", grid.getRow(2).getCell(1).getStringCellValue());
            assertEquals("Unknown", grid.getRow(2).getCell(2).getStringCellValue(), "a cell never saved");
            assertEquals("Total", grid.getRow(3).getCell(0).getStringCellValue());
            assertEquals(4200000, grid.getRow(3).getCell(3).getNumericCellValue(), 0.001,
                    "the retired offering's 99 is not in the totals");
            assertEquals(4, grid.getPhysicalNumberOfRows(), "two active offerings, the header and the totals");
            Sheet cells = book.getSheetAt(1);
            assertEquals(4, cells.getPhysicalNumberOfRows(), "three stored cells of active offerings and the header");
            assertEquals("whitespace.stage.QUALIFIED", cells.getRow(2).getCell(6).getStringCellValue());
            assertEquals("d mmm yyyy", cells.getRow(2).getCell(7).getCellStyle().getDataFormatString());
        }
        if (LibreOffice.available()) {
            Path file = Files.createTempDirectory("kam-whitespace").resolve("whitespace.xlsx");
            Files.write(file, xlsx);
            String text = LibreOffice.pdfText(LibreOffice.convertToPdf(file));
            assertTrue(text.contains("Wiring harnesses") && text.contains("Collins Aerospace"), text);
        }
    }

    @Test
    void theAppendixRowsGiveEachOfferingItsCellsAndTotalsInTheReadersFormat() {
        List<List<String>> rows = WhitespaceExport.appendixRows(WhitespaceMaps.airbus(), Locale.FRENCH, TEXT);
        assertEquals(2, rows.size());
        assertEquals("Faisceaux électriques", rows.get(0).get(0));
        assertEquals(List.of("Supplied · 4 200 000 €", "Open opportunity · 1 250 000,50 €", "4 200 000 €",
                "1 250 000,50 €"), rows.get(0).subList(1, 5).stream().map(s -> s.replace('\u202f', ' ')
                .replace('\u00a0', ' ')).toList());
    }
}
