package com.kamplanner.account.imports;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One import running in the background: who started it, how far it is, and its report or error once done. The
 * import writes the progress, the page's progress bar reads it; both sides only touch volatile fields.
 */
public class ImportJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id;
    private final String owner;
    private final String fileName;
    private final Instant startedAt;
    private volatile Instant updatedAt;
    private volatile int total;
    private volatile int done;
    private volatile boolean finished;
    private volatile ImportReport report;
    private volatile String errorKey;
    private volatile Object[] errorArguments = new Object[0];
    /** Told of every change of the percentage and of the end, by the thread that runs the import (the database). */
    private transient volatile Consumer<ImportJob> watcher;
    private transient int lastPercent = -1;

    public ImportJob(String owner, String fileName) {
        this(UUID.randomUUID().toString(), owner, fileName, Instant.now());
    }

    private ImportJob(String id, String owner, String fileName, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.fileName = fileName;
        this.startedAt = startedAt;
        this.updatedAt = startedAt;
    }

    /** A job as the database keeps it ({@link ImportRun}), read by whichever node the page reaches. */
    static ImportJob stored(String id, String owner, String fileName, Instant startedAt, Instant updatedAt,
            int total, int done, boolean finished, ImportReport report, String errorKey, Object[] errorArguments) {
        ImportJob job = new ImportJob(id, owner, fileName, startedAt);
        job.updatedAt = updatedAt;
        job.total = total;
        job.done = done;
        job.finished = finished;
        job.report = report;
        job.errorKey = errorKey;
        job.errorArguments = errorArguments == null ? new Object[0] : errorArguments.clone();
        return job;
    }

    /** The same job, finished with {@code key} as the reason: a run whose node stopped without finishing it. */
    ImportJob failedAs(String key) {
        return stored(id, owner, fileName, startedAt, updatedAt, total, done, true, null, key, new Object[0]);
    }

    void watch(Consumer<ImportJob> watcher) {
        this.watcher = watcher;
    }

    void start(int totalSteps) {
        total = Math.max(1, totalSteps);
        done = 0;
        changed();
    }

    void advance(int steps) {
        done = Math.min(total, done + steps);
        changed();
    }

    void finish(ImportReport result) {
        report = result;
        done = total;
        finished = true;
        changed();
    }

    void fail(String key, Object... arguments) {
        errorKey = key;
        errorArguments = arguments.clone();
        finished = true;
        changed();
    }

    /** Tells the watcher when the percentage moved or the import ended: at most about a hundred times a run. */
    private void changed() {
        Consumer<ImportJob> told = watcher;
        int percent = getPercent();
        if (told != null && (finished || percent != lastPercent)) {
            lastPercent = percent;
            updatedAt = Instant.now();
            try {
                told.accept(this);
            } catch (RuntimeException e) {
                // The import goes on; only the progress others read lags behind.
                java.util.logging.Logger.getLogger(ImportJob.class.getName()).log(java.util.logging.Level.WARNING,
                        "Progress of the import of " + fileName + " not recorded", e);
            }
        }
    }

    int getTotal() {
        return total;
    }

    int getDone() {
        return done;
    }

    /** When the import last moved: a run that stopped moving long ago lost its node. */
    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** 0 to 100; 100 only once the transaction has committed (or the import has failed). */
    public int getPercent() {
        if (finished) {
            return 100;
        }
        return total == 0 ? 0 : Math.min(99, done * 100 / total);
    }

    public boolean isFinished() {
        return finished;
    }

    public ImportReport getReport() {
        return report;
    }

    /** Bundle key of the reason the import failed as a whole (nothing was imported), or null. */
    public String getErrorKey() {
        return errorKey;
    }

    public Object[] getErrorArguments() {
        return errorArguments.clone();
    }
}
