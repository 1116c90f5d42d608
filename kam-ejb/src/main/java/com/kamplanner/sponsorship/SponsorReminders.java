package com.kamplanner.sponsorship;

import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.AppUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sponsor meeting overdue: the last meeting plus the segment's sponsor cadence ({@link MeetingCadence}) passed.
 * Each night, with the plan reminders, it tells the sponsor, once per account and due date however often it runs.
 * An account whose sponsor never met the customer is on the sponsor's home page from the start, and is not told
 * every night.
 */
@Stateless
@PermitAll
public class SponsorReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    /** Notifies the sponsors whose meeting is overdue on {@code today}; returns how many notifications it made. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(LocalDate today) {
        List<Object[]> sponsored = em.createQuery("select a.id, a.name, s, st.sponsorMeetingMonths from Account a "
                + "join a.sponsor s, SegmentSetting st where st.segment = a.segment and a.keyAccount = true "
                + "and st.sponsorMeetingMonths is not null", Object[].class).getResultList();
        if (sponsored.isEmpty()) {
            return 0;
        }
        Map<Long, LocalDate> last = new HashMap<>();
        em.createQuery("select m.account.id, max(m.meetingDate) from SponsorMeeting m where m.account.id in :ids "
                        + "group by m.account.id", Object[].class)
                .setParameter("ids", sponsored.stream().map(r -> (Long) r[0]).toList()).getResultList()
                .forEach(r -> last.put((Long) r[0], (LocalDate) r[1]));
        int made = 0;
        for (Object[] row : sponsored) {
            long accountId = (Long) row[0];
            LocalDate met = last.get(accountId);
            if (met == null) {
                continue;
            }
            LocalDate due = MeetingCadence.nextDue(met, (Integer) row[3], today);
            if (due.isBefore(today)) {
                made += notifications.notify(new Occasion(NotificationKind.SPONSOR_MEETING_OVERDUE, accountId, null,
                        List.of((String) row[1], due.toString()), "accounts/sponsorships.xhtml",
                        "sponsor:" + accountId + ":" + due), null, (AppUser) row[2]).size();
            }
        }
        return made;
    }
}
