package com.kamplanner.improvement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.LibreOffice;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quarterly review's Excel export: reopened with POI, and opened by LibreOffice where it is installed. */
class ReviewWorkbookTest {

    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("review.sheet.figures", "Figures"),
            Map.entry("review.sheet.actions", "Improvement actions"), Map.entry("review.figure", "Figure"),
            Map.entry("review.change", "Change"), Map.entry("review.figure.COVERAGE", "Coverage"),
            Map.entry("review.figure.COMPLIANCE", "Compliance"), Map.entry("review.figure.FRESHNESS", "Plan freshness"),
            Map.entry("review.figure.LATE_ACTION_PLANS", "Action plans late"),
            Map.entry("review.keyAccounts", "Key accounts"), Map.entry("review.action.title", "Action"),
            Map.entry("review.action.owner", "Owner"), Map.entry("review.action.due", "Due"),
            Map.entry("review.action.status", "Status"), Map.entry("review.action.raisedIn", "Raised in"),
            Map.entry("review.action.description", "Description"), Map.entry("review.action.late", "late"),
            Map.entry("review.status.OPEN", "Open"), Map.entry("review.status.DONE", "Done"),
            Map.entry("review.figure.RECOGNITIONS", "Teams recognised"));

    @Test
    void theWorkbookHoldsTheFiguresOfBothQuartersAndTheActions(@TempDir Path dir) throws Exception {
        QuarterReview review = new QuarterReview(new Quarter(2026, 4), new ProgrammeFigures(12, 9, 6, 6, 3),
                new ProgrammeFigures(10, 6, 4, 5, 7), List.of());
        ImprovementAction late = new ImprovementAction();
        late.setTitle("Add stakeholder maps");
        late.setOwner(new AppUser("emma.kam", "Emma Laurent", EnumSet.of(Role.KAM)));
        late.setDueDate(LocalDate.now().minusDays(3));
        late.raisedIn(new Quarter(2026, 3), "david.kad");

        byte[] bytes = ReviewWorkbook.xlsx(review, new ReviewWorkbook.Recognised(1, 3), List.of(late), WORDS::get);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet figures = workbook.getSheet("Figures");
            assertEquals("2026 Q3", figures.getRow(0).getCell(1).getStringCellValue());
            assertEquals("2026 Q4", figures.getRow(0).getCell(2).getStringCellValue());
            assertEquals("Coverage", figures.getRow(1).getCell(0).getStringCellValue());
            assertEquals(60, figures.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(75, figures.getRow(1).getCell(2).getNumericCellValue());
            assertEquals(15, figures.getRow(1).getCell(3).getNumericCellValue());
            assertEquals(-4, figures.getRow(4).getCell(3).getNumericCellValue(), "four late plans fewer");
            Row teams = figures.getRow(QuarterReview.Figure.values().length + 1);
            assertEquals("Teams recognised", teams.getCell(0).getStringCellValue());
            assertEquals(1, teams.getCell(1).getNumericCellValue());
            assertEquals(3, teams.getCell(2).getNumericCellValue());
            assertEquals(2, teams.getCell(3).getNumericCellValue(), "two more teams recognised");
            Sheet actions = workbook.getSheet("Improvement actions");
            assertEquals("Emma Laurent", actions.getRow(1).getCell(1).getStringCellValue());
            assertEquals("Open (late)", actions.getRow(1).getCell(3).getStringCellValue());
            assertEquals(LocalDate.now().minusDays(3), actions.getRow(1).getCell(2).getLocalDateTimeCellValue()
                    .toLocalDate(), "the due date is a date cell");
            assertEquals("d mmm yyyy", actions.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals("2026 Q3", actions.getRow(1).getCell(4).getStringCellValue());
        }
        if (LibreOffice.available()) {
            Path file = Files.write(dir.resolve("review.xlsx"), bytes);
            assertTrue(LibreOffice.pdfText(LibreOffice.convertToPdf(file)).contains("Add stakeholder maps"));
        }
    }
}
