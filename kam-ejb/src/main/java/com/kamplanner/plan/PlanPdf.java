package com.kamplanner.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan as a PDF (OpenPDF): a cover page with the version and approval stamp, a table of contents with page
 * numbers, the sections, and the stamp in every page's footer. Written twice: the first pass only learns on which
 * page each section starts, so the contents page can say it.
 */
public final class PlanPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 24, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Font SMALL = new Font(Font.HELVETICA, 8);

    private PlanPdf() {
    }

    public static void write(PlanOutline outline, String contentsTitle, OutputStream out) throws IOException {
        List<Integer> pages = render(outline, contentsTitle, null, OutputStream.nullOutputStream());
        render(outline, contentsTitle, pages, out);
    }

    public static byte[] bytes(PlanOutline outline, String contentsTitle) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(outline, contentsTitle, out);
        return out.toByteArray();
    }

    private static List<Integer> render(PlanOutline outline, String contentsTitle, List<Integer> pages,
                                        OutputStream out) throws IOException {
        List<Integer> starts = new ArrayList<>();
        Document document = new Document(PageSize.A4, 50, 50, 60, 60);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String stamp = safe(outline.getStamp());
            writer.setPageEvent(new PdfPageEventHelper() {
                @Override
                public void onEndPage(PdfWriter w, Document d) {
                    ColumnText.showTextAligned(w.getDirectContent(), Element.ALIGN_CENTER,
                            new Phrase(stamp + " · " + w.getPageNumber(), SMALL),
                            (d.left() + d.right()) / 2, d.bottom() - 25, 0);
                }
            });
            document.addTitle(safe(outline.getTitle()));
            document.open();
            Paragraph title = new Paragraph(safe(outline.getTitle()), TITLE);
            title.setSpacingBefore(180);
            document.add(title);
            document.add(new Paragraph(safe(outline.getSubtitle()), HEADING));
            Paragraph stampLine = new Paragraph(stamp, BODY);
            stampLine.setSpacingBefore(30);
            document.add(stampLine);
            document.newPage();
            document.add(new Paragraph(safe(contentsTitle), HEADING));
            for (int i = 0; i < outline.getSections().size(); i++) {
                Paragraph line = new Paragraph((i + 1) + ". " + safe(outline.getSections().get(i).title()), BODY);
                line.add(new Chunk(" ........ " + (pages == null ? "" : pages.get(i))));
                document.add(line);
            }
            int n = 0;
            for (PlanOutline.Section section : outline.getSections()) {
                document.newPage();
                starts.add(writer.getPageNumber());
                Paragraph heading = new Paragraph(++n + ". " + safe(section.title()), HEADING);
                heading.setSpacingAfter(8);
                document.add(heading);
                for (PlanOutline.Block block : section.blocks()) {
                    document.add(block.isTable() ? table(block) : paragraph(block.paragraph()));
                }
            }
        } catch (DocumentException e) {
            throw new IOException(e);
        } finally {
            document.close();
        }
        return starts;
    }

    private static Paragraph paragraph(String text) {
        Paragraph p = new Paragraph(safe(text), BODY);
        p.setSpacingAfter(6);
        return p;
    }

    private static PdfPTable table(PlanOutline.Block block) {
        PdfPTable table = new PdfPTable(block.header().size());
        table.setWidthPercentage(100);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String h : block.header()) {
            table.addCell(new PdfPCell(new Phrase(safe(h), BOLD)));
        }
        for (List<String> row : block.rows()) {
            for (String cell : row) {
                table.addCell(new PdfPCell(new Phrase(safe(cell), SMALL)));
            }
        }
        return table;
    }

    /** The standard PDF fonts have no arrow; everything else of French and English fits. */
    private static String safe(String s) {
        return s == null ? "" : s.replace("→", "->");
    }
}
