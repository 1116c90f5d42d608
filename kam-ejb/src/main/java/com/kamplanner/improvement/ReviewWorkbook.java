package com.kamplanner.improvement;

import com.kamplanner.platform.SheetLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The quarterly review as an Excel workbook: one sheet of figures (this quarter, last quarter, change) and one of
 * improvement actions. Words come from the caller's bundle, so the file is in the reader's language.
 */
public final class ReviewWorkbook {

    private ReviewWorkbook() {
    }

    /** Teams recognised in the review's two quarters (issue 19 §3), the last line of the figures as on the page. */
    public record Recognised(long previousQuarter, long quarter) {
    }

    public static byte[] xlsx(QuarterReview review, Recognised recognised, List<ImprovementAction> actions,
                              Function<String, String> text) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = SheetLayout.bold(workbook);
            figures(workbook.createSheet(text.apply("review.sheet.figures")), review, recognised, text, header);
            actions(workbook.createSheet(text.apply("review.sheet.actions")), actions, text, header);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figures(Sheet sheet, QuarterReview review, Recognised recognised,
                                Function<String, String> text, CellStyle header) {
        SheetLayout.header(sheet, header, text.apply("review.figure"), review.previousQuarter().label(),
                review.quarter().label(), text.apply("review.change"));
        int r = 1;
        for (QuarterReview.Figure figure : QuarterReview.Figure.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(text.apply("review.figure." + figure.name()));
            number(row, 1, review.previous() == null ? null : figure.of(review.previous()));
            number(row, 2, figure.of(review.current()));
            Integer change = review.change(figure);
            number(row, 3, change == null ? null : change.longValue());
        }
        Row teams = sheet.createRow(r++);
        teams.createCell(0).setCellValue(text.apply("review.figure.RECOGNITIONS"));
        number(teams, 1, recognised.previousQuarter());
        number(teams, 2, recognised.quarter());
        number(teams, 3, recognised.quarter() - recognised.previousQuarter());
        Row count = sheet.createRow(r);
        count.createCell(0).setCellValue(text.apply("review.keyAccounts"));
        number(count, 1, review.previous() == null ? null : review.previous().keyAccounts());
        number(count, 2, review.current().keyAccounts());
        SheetLayout.widths(sheet, 44, 18, 18, 18);
    }

    private static void actions(Sheet sheet, List<ImprovementAction> actions, Function<String, String> text,
                                CellStyle header) {
        SheetLayout.header(sheet, header, SheetLayout.words(text, "review.action.title", "review.action.owner",
                "review.action.due", "review.action.status", "review.action.raisedIn", "review.action.description"));
        int r = 1;
        CellStyle dates = SheetLayout.dates(sheet.getWorkbook());
        LocalDate today = LocalDate.now();
        for (ImprovementAction action : actions) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(action.getTitle());
            row.createCell(1).setCellValue(action.getOwner().getDisplayName());
            SheetLayout.date(row, 2, action.getDueDate(), dates);
            row.createCell(3).setCellValue(text.apply("review.status." + action.getStatus().name())
                    + (action.isLate(today) ? " (" + text.apply("review.action.late") + ")" : ""));
            row.createCell(4).setCellValue(action.getRaisedIn() == null ? "" : action.getRaisedIn().label());
            row.createCell(5).setCellValue(action.getDescription() == null ? "" : action.getDescription());
        }
        SheetLayout.widths(sheet, 44, 18, 18, 18, 18, 80);
    }

    private static void number(Row row, int column, Long value) {
        if (value == null) {
            row.createCell(column).setCellValue("");
        } else {
            row.createCell(column).setCellValue(value);
        }
    }
}
