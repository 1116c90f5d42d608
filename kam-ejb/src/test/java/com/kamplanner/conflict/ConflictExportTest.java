package com.kamplanner.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.LibreOffice;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The register's workbook reopens with POI, one row per entry in the reader's words, and LibreOffice opens it. */
class ConflictExportTest {

    @Test
    void theRegisterExportsOneRowPerEntryWithTranslatedKindAndStatus() throws Exception {
        Conflict open = new Conflict("Quality sign-off", ConflictKind.BETWEEN_FUNCTIONS, "Quality refuses penalties",
                "david.kad", Instant.parse("2026-11-03T09:15:00Z"));
        open.edit("Quality sign-off", ConflictKind.BETWEEN_FUNCTIONS, "Quality, KAM", "Quality refuses penalties",
                List.of());
        Conflict resolved = new Conflict("Test bench", ConflictKind.BETWEEN_ACCOUNTS, "Both want the bench",
                "david.kad", Instant.parse("2026-09-14T08:30:00Z"));
        resolved.moveTo(ConflictStatus.RESOLVED, "Two shifts", "david.kad", Instant.parse("2026-10-05T16:00:00Z"));

        byte[] xlsx = ConflictExport.xlsx(List.of(open, resolved), key -> "«" + key + "»");

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertEquals(3, sheet.getPhysicalNumberOfRows());
            assertEquals("«conflict.title»", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Quality sign-off", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("«conflict.kind.BETWEEN_FUNCTIONS»", sheet.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Quality, KAM", sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals("«conflict.status.RESOLVED»", sheet.getRow(2).getCell(5).getStringCellValue());
            assertEquals("Two shifts", sheet.getRow(2).getCell(6).getStringCellValue());
            Cell resolvedAt = sheet.getRow(2).getCell(10);
            assertEquals(LocalDateTime.ofInstant(Instant.parse("2026-10-05T16:00:00Z"), ZoneId.systemDefault()),
                    resolvedAt.getLocalDateTimeCellValue(), "a real date cell, in the server's zone as pages show it");
            assertEquals("d mmm yyyy hh:mm", resolvedAt.getCellStyle().getDataFormatString());
            assertEquals(CellType.BLANK, sheet.getRow(1).getCell(10).getCellType(), "not resolved: no date");
        }
        if (LibreOffice.available()) {
            Path file = Files.createTempDirectory("kam-conflicts").resolve("conflict-register.xlsx");
            Files.write(file, xlsx);
            String text = LibreOffice.pdfText(LibreOffice.convertToPdf(file));
            assertTrue(text.contains("Quality sign-off") && text.contains("Test bench"), text);
            assertTrue(text.contains("3 Nov 2026"), "office software shows the date, not a number or ISO text: " + text);
        }
    }
}
