package com.kamplanner.sponsorship;

import com.kamplanner.account.Account;
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
 * The sponsorship board as an Excel workbook (Apache POI): the sponsored accounts per sponsor with the customer
 * counterpart (and a level mismatch in words), the last meeting (a real date cell) and the plan's state, and the key accounts that need a sponsor and have none.
 */
public final class SponsorshipWorkbook {

    private SponsorshipWorkbook() {
    }

    public static byte[] xlsx(List<SponsoredAccount> board, List<Account> withoutSponsor,
                              Function<String, String> texts) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = SheetLayout.bold(book);
            CellStyle date = SheetLayout.dates(book);

            Sheet sponsored = book.createSheet(texts.apply("sponsorships.export.sheet.sponsored"));
            SheetLayout.header(sponsored, bold, SheetLayout.words(texts, "sponsorships.sponsor", "account.name",
                    "account.kam", "sponsorships.counterpart", "sponsorships.lastMeeting", "sponsorships.lastNote",
                    "sponsorships.planState"));
            int r = 1;
            for (SponsoredAccount a : board) {
                Row row = sponsored.createRow(r++);
                row.createCell(0).setCellValue(a.sponsorName());
                row.createCell(1).setCellValue(a.accountName());
                row.createCell(2).setCellValue(a.kamName() == null ? "" : a.kamName());
                row.createCell(3).setCellValue(counterpart(a, texts));
                if (a.lastMeeting() != null) {
                    row.createCell(4).setCellValue(a.lastMeeting());
                    row.getCell(4).setCellStyle(date);
                } else {
                    row.createCell(4).setCellValue(texts.apply("sponsorships.noMeeting"));
                }
                row.createCell(5).setCellValue(a.lastNote() == null ? "" : a.lastNote());
                row.createCell(6).setCellValue(texts.apply("sponsorships.planState." + a.planState().name()));
            }
            SheetLayout.widths(sponsored, 24, 30, 22, 30, 14, 60, 18);

            Sheet without = book.createSheet(texts.apply("sponsorships.export.sheet.without"));
            SheetLayout.header(without, bold, SheetLayout.words(texts, "account.name", "account.segment",
                    "account.kam"));
            r = 1;
            for (Account a : withoutSponsor) {
                Row row = without.createRow(r++);
                row.createCell(0).setCellValue(a.getName());
                row.createCell(1).setCellValue(a.getSegment() == null ? ""
                        : texts.apply("quadrant." + a.getSegment().name()));
                row.createCell(2).setCellValue(a.getKam() == null ? "" : a.getKam().getDisplayName());
            }
            SheetLayout.widths(without, 30, 14, 22);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The customer counterpart as the board shows it: the name, "none named", and the level mismatch in words. */
    private static String counterpart(SponsoredAccount a, Function<String, String> texts) {
        if (a.counterpartName() == null) {
            return texts.apply("sponsorships.counterpart.none");
        }
        return a.counterpartMismatch()
                ? a.counterpartName() + " (" + texts.apply("sponsorships.counterpart.mismatch") + ")"
                : a.counterpartName();
    }
}
