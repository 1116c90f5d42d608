package com.kamplanner.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The sender's steps on {@code mail_outbox}, each committed on its own so that other nodes see a claim as soon as
 * it is made. A claim is one conditional update, which the database serialises on the row: of two nodes claiming
 * the same mail, the second updates nothing and leaves it alone. Every later step names the claimant, so a node
 * whose claim was taken back (it was presumed dead) cannot overwrite what the next one did. Times are written as
 * {@link com.kamplanner.platform.InstantConverter} writes them, so that the entity reads them back unchanged.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxRows {

    @PersistenceContext
    EntityManager em;

    /** The ids of the waiting mails due at {@code now}, oldest due first. */
    @SuppressWarnings("unchecked")
    public List<Long> due(Instant now, int max) {
        List<Number> ids = em.createNativeQuery("select id from mail_outbox where status = 'WAITING' "
                        + "and next_attempt_at <= ?1 order by next_attempt_at, id")
                .setParameter(1, Timestamp.from(now)).setMaxResults(max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Makes {@code node} the mail's sender, if it is still waiting; false if another node claimed it first. */
    public boolean claim(long id, String node, Instant now) {
        return em.createNativeQuery("update mail_outbox set status = 'SENDING', claimed_by = ?1, claimed_at = ?2, "
                        + "version = version + 1 where id = ?3 and status = 'WAITING'")
                .setParameter(1, node).setParameter(2, Timestamp.from(now)).setParameter(3, id)
                .executeUpdate() == 1;
    }

    /** The mail as claimed, read fresh from the database. */
    public OutboxMail read(long id) {
        return em.createQuery("select m from OutboxMail m where m.id = :id", OutboxMail.class)
                .setParameter("id", id).setHint("eclipselink.refresh", "true").getSingleResult();
    }

    public boolean markSent(long id, String node, Instant now) {
        return em.createNativeQuery("update mail_outbox set status = 'SENT', sent_at = ?1, attempts = attempts + 1, "
                        + "last_error = null, version = version + 1 "
                        + "where id = ?2 and status = 'SENDING' and claimed_by = ?3")
                .setParameter(1, Timestamp.from(now)).setParameter(2, id).setParameter(3, node)
                .executeUpdate() == 1;
    }

    /** Puts a refused mail back in the queue, to be tried again at {@code next}. */
    public boolean retryLater(long id, String node, Instant next, String error) {
        return em.createNativeQuery("update mail_outbox set status = 'WAITING', attempts = attempts + 1, "
                        + "next_attempt_at = ?1, last_error = ?2, claimed_by = null, claimed_at = null, "
                        + "version = version + 1 where id = ?3 and status = 'SENDING' and claimed_by = ?4")
                .setParameter(1, Timestamp.from(next)).setParameter(2, error).setParameter(3, id)
                .setParameter(4, node).executeUpdate() == 1;
    }

    /** Gives a mail up, keeping the error that made it fail. */
    public boolean markFailed(long id, String node, String error) {
        return em.createNativeQuery("update mail_outbox set status = 'FAILED', attempts = attempts + 1, "
                        + "last_error = ?1, version = version + 1 "
                        + "where id = ?2 and status = 'SENDING' and claimed_by = ?3")
                .setParameter(1, error).setParameter(2, id).setParameter(3, node).executeUpdate() == 1;
    }

    /**
     * Puts back in the queue the mails whose sender has held them since before {@code claimedBefore}: that node
     * died between its claim and its mark, so the mail may or may not have left, and sending it again is the
     * lesser harm than losing it. Returns how many.
     */
    public int reclaimAbandoned(Instant claimedBefore) {
        return em.createNativeQuery("update mail_outbox set status = 'WAITING', claimed_by = null, claimed_at = null, "
                        + "version = version + 1 where status = 'SENDING' and claimed_at < ?1")
                .setParameter(1, Timestamp.from(claimedBefore)).executeUpdate();
    }

    public long waiting() {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox where status in ('WAITING', 'SENDING')")
                .getSingleResult()).longValue();
    }
}
