package com.kamplanner.account.imports;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * One import running in the background: who started it, how far it is, and its report or error once done. The
 * import writes the progress, the page's progress bar reads it; both sides only touch volatile fields.
 */
public class ImportJob implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String id = UUID.randomUUID().toString();
    private final String owner;
    private final String fileName;
    private final Instant startedAt = Instant.now();
    private volatile int total;
    private volatile int done;
    private volatile boolean finished;
    private volatile ImportReport report;
    private volatile String errorKey;
    private volatile Object[] errorArguments = new Object[0];

    public ImportJob(String owner, String fileName) {
        this.owner = owner;
        this.fileName = fileName;
    }

    void start(int totalSteps) {
        total = Math.max(1, totalSteps);
        done = 0;
    }

    void advance(int steps) {
        done = Math.min(total, done + steps);
    }

    void finish(ImportReport result) {
        report = result;
        done = total;
        finished = true;
    }

    void fail(String key, Object... arguments) {
        errorKey = key;
        errorArguments = arguments.clone();
        finished = true;
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
