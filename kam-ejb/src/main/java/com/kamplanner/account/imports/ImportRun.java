package com.kamplanner.account.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;

/**
 * A background import as the database keeps it (V38), so that its progress and outcome can be read from any node
 * of a cluster: who started it, how far it is, and once finished its report or the reason it failed.
 */
@Entity
@Table(name = "import_run")
public class ImportRun implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most characters of a stored outcome: the column's size. */
    static final int MAX_OUTCOME = 1_000_000;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "owner_name", nullable = false, length = 100)
    private String owner;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "total_steps", nullable = false)
    private int total;

    @Column(name = "done_steps", nullable = false)
    private int done;

    @Column(nullable = false)
    private boolean finished;

    @Column(length = MAX_OUTCOME)
    private String outcome;

    protected ImportRun() {
    }

    ImportRun(ImportJob job) {
        id = job.getId();
        owner = job.getOwner();
        fileName = job.getFileName().length() > 255 ? job.getFileName().substring(0, 255) : job.getFileName();
        startedAt = job.getStartedAt();
        updatedAt = Instant.now();
    }

    /** Takes the job's progress, and its outcome once it has finished. */
    void follow(ImportJob job) {
        total = job.getTotal();
        done = job.getDone();
        updatedAt = Instant.now();
        if (job.isFinished() && !finished) {
            finished = true;
            outcome = encode(new Outcome(job.getReport(), job.getErrorKey(), job.getErrorArguments()));
            if (outcome.length() > MAX_OUTCOME && job.getReport() != null) {
                // A file whose every row is refused: keep the counts and the first problems, which is what a
                // person reads, rather than lose the report.
                outcome = encode(new Outcome(job.getReport().withProblemsCut(ImportReport.STORED_PROBLEMS), null,
                        new Object[0]));
            }
        }
    }

    /** The job as stored: its progress, and its report or failure once finished. */
    ImportJob toJob() {
        Outcome read = outcome == null ? null : decode(outcome);
        return ImportJob.stored(id, owner, fileName, startedAt, updatedAt, total, done, finished,
                read == null ? null : read.report(), read == null ? null : read.errorKey(),
                read == null ? new Object[0] : read.errorArguments());
    }

    public String getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public boolean isFinished() {
        return finished;
    }

    /** What a finished import left: its report, or the bundle key and arguments of the reason it failed. */
    record Outcome(ImportReport report, String errorKey, Object[] errorArguments) implements Serializable {
    }

    private static String encode(Outcome value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private static Outcome decode(String text) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(text)))) {
            // Only what this class writes: the application's report classes and the JDK's values and collections.
            in.setObjectInputFilter(java.io.ObjectInputFilter.Config.createFilter(
                    "com.kamplanner.account.imports.*;java.lang.*;java.util.*;java.time.*;java.math.*;!*"));
            return (Outcome) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("an import's stored outcome cannot be read", e);
        }
    }
}
