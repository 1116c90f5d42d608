package com.kamplanner.mail;

import com.kamplanner.people.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's view of the outbox: whether e-mail is on, how many mails stand in each status, and the
 * mails themselves, newest first and paged in the database, optionally of one status. Read only.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSession mailSession;

    /** False when the server has no {@code mail/kam} session: nothing is written to the outbox then. */
    public boolean isMailOn() {
        return mailSession.isConfigured();
    }

    public List<OutboxMail> page(Optional<MailStatus> status, int first, int max) {
        TypedQuery<OutboxMail> query = em.createQuery("select m from OutboxMail m"
                + (status.isPresent() ? " where m.status = :status" : "") + " order by m.createdAt desc, m.id desc",
                OutboxMail.class);
        status.ifPresent(s -> query.setParameter("status", s));
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Optional<MailStatus> status) {
        TypedQuery<Long> query = em.createQuery("select count(m) from OutboxMail m"
                + (status.isPresent() ? " where m.status = :status" : ""), Long.class);
        status.ifPresent(s -> query.setParameter("status", s));
        return query.getSingleResult();
    }

    /** The number of mails in each status, every status listed (zero included), in one statement. */
    public Map<MailStatus, Long> counts() {
        Map<MailStatus, Long> counts = new EnumMap<>(MailStatus.class);
        for (MailStatus status : MailStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("select m.status, count(m) from OutboxMail m group by m.status",
                Object[].class).getResultList()) {
            counts.put((MailStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}
