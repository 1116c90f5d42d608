package com.kamplanner.sponsorship;

import com.kamplanner.account.Account;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sponsorship board as an Excel workbook (Apache POI): the sponsored accounts per sponsor with the last
 * meeting (a real date cell) and the plan's state, and the key accounts that need a sponsor and have none.
 */
public final class SponsorshipWorkbook {

    private SponsorshipWorkbook() {
    }

    public static byte[] xlsx(List<SponsoredAccount> board, List<Account> withoutSponsor,
                              Function<String, String> texts) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CreationHelper helper = book.getCreationHelper();
            CellStyle date = book.createCellStyle();
            date.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));

            Sheet sponsored = book.createSheet(texts.apply("sponsorships.export.sheet.sponsored"));
            header(sponsored, bold, texts, "sponsorships.sponsor", "account.name", "account.kam",
                    "sponsorships.lastMeeting", "sponsorships.lastNote", "sponsorships.planState");
            int r = 1;
            for (SponsoredAccount a : board) {
                Row row = sponsored.createRow(r++);
                row.createCell(0).setCellValue(a.sponsorName());
                row.createCell(1).setCellValue(a.accountName());
                row.createCell(2).setCellValue(a.kamName() == null ? "" : a.kamName());
                if (a.lastMeeting() != null) {
                    row.createCell(3).setCellValue(a.lastMeeting());
                    row.getCell(3).setCellStyle(date);
                } else {
                    row.createCell(3).setCellValue(texts.apply("sponsorships.noMeeting"));
                }
                row.createCell(4).setCellValue(a.lastNote() == null ? "" : a.lastNote());
                row.createCell(5).setCellValue(texts.apply("sponsorships.planState." + a.planState().name()));
            }
            widths(sponsored, 24, 30, 22, 14, 60, 18);

            Sheet without = book.createSheet(texts.apply("sponsorships.export.sheet.without"));
            header(without, bold, texts, "account.name", "account.segment", "account.kam");
            r = 1;
            for (Account a : withoutSponsor) {
                Row row = without.createRow(r++);
                row.createCell(0).setCellValue(a.getName());
                row.createCell(1).setCellValue(a.getSegment() == null ? ""
                        : texts.apply("quadrant." + a.getSegment().name()));
                row.createCell(2).setCellValue(a.getKam() == null ? "" : a.getKam().getDisplayName());
            }
            widths(without, 30, 14, 22);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Sheet sheet, CellStyle bold, Function<String, String> texts, String... keys) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < keys.length; c++) {
            row.createCell(c).setCellValue(texts.apply(keys[c]));
            row.getCell(c).setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }
}
