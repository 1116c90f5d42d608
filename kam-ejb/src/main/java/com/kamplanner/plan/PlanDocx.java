package com.kamplanner.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The plan as a Word document (Apache POI): a cover page with the version and approval stamp, a table of
 * contents, one section per part of the plan, and the stamp in the footer of every page.
 */
public final class PlanDocx {

    private PlanDocx() {
    }

    public static void write(PlanOutline outline, String contentsTitle, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(outline.getTitle());
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph footerLine = footer.createParagraph();
            footerLine.setAlignment(ParagraphAlignment.CENTER);
            run(footerLine, outline.getStamp(), 8, false);

            XWPFParagraph cover = doc.createParagraph();
            cover.setSpacingBefore(3000);
            run(cover, outline.getTitle(), 26, true);
            run(doc.createParagraph(), outline.getSubtitle(), 16, false);
            XWPFParagraph stamp = doc.createParagraph();
            stamp.setSpacingBefore(600);
            run(stamp, outline.getStamp(), 11, false).addBreak(BreakType.PAGE);

            run(doc.createParagraph(), contentsTitle, 16, true);
            List<PlanOutline.Section> sections = outline.getSections();
            for (int i = 0; i < sections.size(); i++) {
                XWPFRun entry = run(doc.createParagraph(), (i + 1) + ". " + sections.get(i).title(), 11, false);
                if (i == sections.size() - 1) {
                    entry.addBreak(BreakType.PAGE);
                }
            }
            int n = 0;
            for (PlanOutline.Section section : sections) {
                XWPFParagraph heading = doc.createParagraph();
                heading.setSpacingBefore(360);
                run(heading, ++n + ". " + section.title(), 15, true);
                for (PlanOutline.Block block : section.blocks()) {
                    if (block.isTable()) {
                        table(doc, block);
                    } else {
                        run(doc.createParagraph(), block.paragraph(), 10, false);
                    }
                }
            }
            doc.write(out);
        }
    }

    public static byte[] bytes(PlanOutline outline, String contentsTitle) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(outline, contentsTitle, out);
        return out.toByteArray();
    }

    private static void table(XWPFDocument doc, PlanOutline.Block block) {
        XWPFTable table = doc.createTable(block.rows().size() + 1, block.header().size());
        table.setWidth("100%");
        fill(table.getRow(0), block.header(), true);
        for (int r = 0; r < block.rows().size(); r++) {
            fill(table.getRow(r + 1), block.rows().get(r), false);
        }
        doc.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            run(p, cells.get(c), 9, bold);
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }
}
