package com.kamplanner.account.imports;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did or would do: the first rows as mapped, how many rows are created, updated or refused, and
 * every refused row with its line, column and reason. The same report answers a dry run and a commit.
 */
public class ImportReport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many mapped rows the preview shows. */
    public static final int PREVIEW_ROWS = 10;

    private final String fileName;
    private final CsvPreset preset;
    private final ImportMode mode;
    private final boolean committed;
    private final int rowsRead;
    private final int created;
    private final int updated;
    private final int rejected;
    private final List<AccountRow> preview;
    private final List<RowProblem> problems;

    /** The most refused rows a report keeps once stored for the page to read ({@link ImportRun}). */
    public static final int STORED_PROBLEMS = 2_000;

    private ImportReport(ImportReport whole, List<RowProblem> problems) {
        this.fileName = whole.fileName;
        this.preset = whole.preset;
        this.mode = whole.mode;
        this.committed = whole.committed;
        this.rowsRead = whole.rowsRead;
        this.created = whole.created;
        this.updated = whole.updated;
        this.rejected = whole.rejected;
        this.preview = whole.preview;
        this.problems = problems;
    }

    /** The same report with only the first {@code max} problems; the counts are unchanged. */
    ImportReport withProblemsCut(int max) {
        return new ImportReport(this, List.copyOf(problems.subList(0, Math.min(max, problems.size()))));
    }

    ImportReport(String fileName, ImportSettings settings, boolean committed, List<AccountRow> rows) {
        this.fileName = fileName;
        this.preset = settings.preset();
        this.mode = settings.mode();
        this.committed = committed;
        this.rowsRead = rows.size();
        this.created = (int) rows.stream().filter(r -> r.getAction() == AccountRow.Action.CREATE).count();
        this.updated = (int) rows.stream().filter(r -> r.getAction() == AccountRow.Action.UPDATE).count();
        this.rejected = (int) rows.stream().filter(r -> !r.isValid()).count();
        this.preview = List.copyOf(rows.subList(0, Math.min(PREVIEW_ROWS, rows.size())));
        this.problems = rows.stream().flatMap(r -> r.getProblems().stream()).toList();
    }

    public String getFileName() {
        return fileName;
    }

    public CsvPreset getPreset() {
        return preset;
    }

    public ImportMode getMode() {
        return mode;
    }

    /** True once the accounts are in the portfolio; false for a dry run and for a refused all-or-nothing import. */
    public boolean isCommitted() {
        return committed;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    /** Rows that would be (or were) new accounts; in a refused all-or-nothing import, none went in. */
    public int getCreated() {
        return created;
    }

    public int getUpdated() {
        return updated;
    }

    public int getRejected() {
        return rejected;
    }

    public List<AccountRow> getPreview() {
        return preview;
    }

    public List<RowProblem> getProblems() {
        return problems;
    }

    @Override
    public String toString() {
        return "file=" + fileName + " preset=" + preset + " mode=" + mode + " rows=" + rowsRead + " created="
                + created + " updated=" + updated + " rejected=" + rejected + " committed=" + committed;
    }
}
