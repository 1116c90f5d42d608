package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Test support: proves that office software opens a generated file, by converting it to PDF with LibreOffice in
 * headless mode. Without LibreOffice on the PATH the check is left out (the export tests still reopen the file
 * with POI), unless {@code KAM_OFFICE_REQUIRED=true} (set by CI), where a missing LibreOffice fails the test.
 */
public final class LibreOffice {

    private LibreOffice() {
    }

    /** Whether {@code soffice} can be run here; fails when CI requires it and it is missing. */
    public static boolean available() {
        boolean found = System.getenv().getOrDefault("PATH", "").isEmpty() ? false
                : List.of(System.getenv("PATH").split(File.pathSeparator)).stream()
                        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "soffice")));
        if (!found && "true".equalsIgnoreCase(System.getenv("KAM_OFFICE_REQUIRED"))) {
            fail("LibreOffice (soffice) is required here (KAM_OFFICE_REQUIRED=true) but is not on the PATH");
        }
        return found;
    }

    /**
     * Converts {@code document} to PDF with a private LibreOffice profile (so parallel runs do not collide) and
     * returns the PDF, after checking that it exists and is not empty.
     */
    public static Path convertToPdf(Path document) throws IOException, InterruptedException {
        Path outDir = Files.createTempDirectory("kam-office-");
        Path profile = Files.createTempDirectory("kam-lo-profile-" + UUID.randomUUID());
        Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--convert-to", "pdf", "--outdir", outDir.toString(), document.toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "LibreOffice did not finish converting " + document);
        assertEquals(0, process.exitValue(), () -> "LibreOffice failed: " + read(outDir.resolve("soffice.log")));
        String name = document.getFileName().toString();
        Path pdf = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertTrue(Files.exists(pdf), () -> "LibreOffice wrote no PDF: " + read(outDir.resolve("soffice.log")));
        assertTrue(Files.size(pdf) > 1000, "The PDF LibreOffice wrote is empty");
        return pdf;
    }

    /** The text of every page of a PDF, read back with OpenPDF. */
    public static String pdfText(Path pdf) throws IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            StringBuilder text = new StringBuilder();
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.getMessage();
        }
    }
}
