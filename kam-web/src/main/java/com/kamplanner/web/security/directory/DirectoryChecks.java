package com.kamplanner.web.security.directory;

import com.kamplanner.security.SecurityEvents;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Records the directory's checks in the security events table, for the administrator's "last check": each login
 * that reaches the directory is a check. Not every login becomes a row: a change between answering and not
 * answering is recorded at once, the same state again at most every {@link #REPEAT}, so a busy morning of logins
 * writes a handful of rows, not thousands.
 */
@ApplicationScoped
public class DirectoryChecks {

    static final Duration REPEAT = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(DirectoryChecks.class.getName());

    @Inject
    SecurityEvents events;

    private Boolean lastOk;
    private Instant lastRecorded;

    /** The directory answered (whatever it said about the user). */
    public void answered() {
        record(true, null);
    }

    /** The directory did not answer, or cannot be used at all; {@code reason} is technical, never a password. */
    public void failed(String reason) {
        record(false, reason);
    }

    private void record(boolean ok, String reason) {
        Instant now = Instant.now();
        synchronized (this) {
            if (!due(lastOk, lastRecorded, ok, now)) {
                return;
            }
            lastOk = ok;
            lastRecorded = now;
        }
        try {
            events.directoryChecked(ok, reason);
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "The directory's check could not be recorded", e);
        }
    }

    /** Whether a check is worth a row: the first, a change of state, or the same state after {@link #REPEAT}. */
    static boolean due(Boolean lastOk, Instant lastRecorded, boolean ok, Instant now) {
        return lastOk == null || lastOk != ok || !now.isBefore(lastRecorded.plus(REPEAT));
    }
}
