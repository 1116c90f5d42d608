package com.kamplanner.web.account;

import com.kamplanner.account.imports.AccountField;
import com.kamplanner.account.imports.AccountFile;
import com.kamplanner.account.imports.AccountImportService;
import com.kamplanner.account.imports.CsvEncoding;
import com.kamplanner.account.imports.CsvPreset;
import com.kamplanner.account.imports.ImportJob;
import com.kamplanner.account.imports.ImportJobs;
import com.kamplanner.account.imports.ImportMode;
import com.kamplanner.account.imports.ImportReport;
import com.kamplanner.account.imports.ImportSettings;
import com.kamplanner.account.imports.RowProblem;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code accounts/import.xhtml}: the uploaded file and the choices made for it, the preview and validation
 * report of a dry run, then the import running in the background and its progress. The reading, checking and
 * writing are the service's; this bean only keeps what the page shows between requests.
 */
@Named
@ViewScoped
public class ImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountImportService imports;

    @Inject
    ImportJobs jobs;

    @Inject
    PageMessages messages;

    private transient UploadedFile file;
    private byte[] content;
    private String fileName;
    private CsvPreset preset = CsvPreset.SALESFORCE;
    private CsvEncoding encoding = CsvEncoding.AUTO;
    private ImportMode mode = ImportMode.VALID_ONLY;
    private String currency = "EUR";
    private List<String> headers = List.of();
    private final EnumMap<AccountField, String> customColumns = new EnumMap<>(AccountField.class);
    private ImportReport report;
    private String jobId;

    /** Keeps the uploaded file, reads its headers and, unless the user still has to map columns, previews it. */
    public void read() {
        if (file == null || file.getSize() == 0) {
            messages.error("import.noFile");
            return;
        }
        content = file.getContent();
        fileName = file.getFileName();
        report = null;
        jobId = null;
        headers = AccountFile.headers(content, encoding);
        if (preset == CsvPreset.CUSTOM) {
            guessCustomColumns();
            if (!customColumns.containsKey(AccountField.NAME)) {
                messages.info("import.mapColumns");
                return;
            }
        }
        preview();
    }

    /** The dry run: preview and validation report, nothing written. */
    public void preview() {
        if (content == null) {
            messages.error("import.noFile");
            return;
        }
        jobId = null;
        report = imports.preview(content, settings(), fileName);
    }

    /** Starts the import in the background; the progress bar polls {@link #getProgress()}. */
    public void commit() {
        if (content == null) {
            messages.error("import.noFile");
            return;
        }
        ImportJob job = jobs.open(fileName);
        jobId = job.getId();
        imports.run(job, content, settings());
    }

    /** Called when the progress bar reaches 100: shows what the import did. */
    public void finished() {
        Optional<ImportJob> job = job();
        if (job.isEmpty() && jobId != null) {
            // Every node reads the run from the database: no run of the caller's with this id is one forgotten
            // long after it ended; like a run whose node stopped (the job then says import.lost itself), the
            // import committed whole or not at all.
            messages.error("import.lost");
            jobId = null;
            return;
        }
        if (job.isEmpty() || !job.get().isFinished()) {
            return;
        }
        if (job.get().getErrorKey() != null) {
            messages.error(job.get().getErrorKey(), job.get().getErrorArguments());
        } else {
            report = job.get().getReport();
            if (report.isCommitted()) {
                messages.info("import.done", report.getCreated(), report.getUpdated(), report.getRejected());
            } else {
                messages.error("import.refused", report.getRejected());
            }
        }
        jobId = null;
        content = report != null && report.isCommitted() ? null : content;
    }

    /** The job's progress, as recorded for any node; 100 when there is no such run, so that the bar ends and says why. */
    public int getProgress() {
        return jobId == null ? 0 : job().map(ImportJob::getPercent).orElse(100);
    }

    public boolean isRunning() {
        return jobId != null;
    }

    /** The reason of a problem in the page's language. */
    public String reason(RowProblem problem) {
        return Bundle.text(locale(), problem.getReasonKey(), problem.getArguments());
    }

    private Optional<ImportJob> job() {
        return jobId == null ? Optional.empty() : jobs.find(jobId);
    }

    private ImportSettings settings() {
        return new ImportSettings(preset, customColumns, encoding, mode, currency);
    }

    /** Starts the custom mapping from any column named as one of the presets names it. */
    private void guessCustomColumns() {
        customColumns.keySet().removeIf(field -> !headers.contains(customColumns.get(field)));
        for (AccountField field : AccountField.values()) {
            for (CsvPreset known : CsvPreset.values()) {
                known.headersOf(field).stream().filter(headers::contains).findFirst()
                        .ifPresent(header -> customColumns.putIfAbsent(field, header));
            }
        }
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getFileName() {
        return fileName;
    }

    public boolean isFileRead() {
        return content != null;
    }

    public CsvPreset getPreset() {
        return preset;
    }

    public void setPreset(CsvPreset preset) {
        this.preset = preset;
    }

    public CsvEncoding getEncoding() {
        return encoding;
    }

    public void setEncoding(CsvEncoding encoding) {
        this.encoding = encoding;
    }

    public ImportMode getMode() {
        return mode;
    }

    public void setMode(ImportMode mode) {
        this.mode = mode;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency == null ? null : currency.trim().toUpperCase(Locale.ROOT);
    }

    public List<String> getHeaders() {
        return headers;
    }

    public Map<AccountField, String> getCustomColumns() {
        return customColumns;
    }

    public boolean isCustom() {
        return preset == CsvPreset.CUSTOM;
    }

    public ImportReport getReport() {
        return report;
    }

    public CsvPreset[] getPresets() {
        return CsvPreset.values();
    }

    public CsvEncoding[] getEncodings() {
        return CsvEncoding.values();
    }

    public ImportMode[] getModes() {
        return ImportMode.values();
    }

    public AccountField[] getFields() {
        return AccountField.values();
    }
}
