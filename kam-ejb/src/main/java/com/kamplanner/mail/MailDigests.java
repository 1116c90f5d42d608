package com.kamplanner.mail;

import com.kamplanner.notification.PendingNotifications;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.ZonedDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The daily and weekly digests: for each person e-mail still owes notifications, one {@link DigestWriter} run in
 * a transaction of its own, so that one person's failure leaves the others' digests written and theirs owed to
 * the next run. Run each morning by {@link MailDigestJob}; running it again the same day finds nothing owed and
 * mails nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDigests {

    private static final Logger LOG = Logger.getLogger(MailDigests.class.getName());

    @EJB
    PendingNotifications pending;

    @EJB
    DigestWriter writer;

    /** Writes every digest due at {@code now}; returns how many mails it wrote. */
    public int writeDue(ZonedDateTime now) {
        int written = 0;
        for (long userId : pending.recipients()) {
            try {
                if (writer.write(userId, now).isPresent()) {
                    written++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Digest of user " + userId + " not written; it is owed to the next run", e);
            }
        }
        return written;
    }
}
