package com.kamplanner.notification;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.ProgrammeMetrics;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point that makes notifications, in the transaction of the change that causes them: the services
 * where events happen (plans, action plans, grants) and the nightly sweep call {@link #notify}; it finds the
 * people concerned, lets {@link NotificationRules} pick the recipients, stores one notification each, and fires
 * {@link NotificationMade} for each, the seam of e-mail delivery. Nothing here is a page's or the API's: it has no
 * role of its own ({@code @PermitAll}), and the callers check theirs.
 */
@Stateless
@PermitAll
public class Notifications {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Event<NotificationMade> made;

    @Inject
    ProgrammeMetrics metrics;

    /**
     * Notifies the parties of {@code occasion} its kind goes to: the account's KAM, its KA team and the KA
     * Directors are found here; the action plan's {@code owner} and the {@code person} it is addressed to (the
     * member granted a section, the KAM assessed) are given (either may be null). With a dedupe key, a recipient already told of it is not told again. Returns what was made.
     */
    public List<Notification> notify(Occasion occasion, AppUser owner, AppUser person) {
        Set<Party> parties = NotificationRules.parties(occasion);
        Concerned concerned = Concerned.by(callerId());
        Account account = occasion.accountId() == null ? null : em.find(Account.class, occasion.accountId());
        if (account != null && parties.contains(Party.KAM) && account.getKam() != null) {
            concerned.with(Party.KAM, account.getKam().getId());
        }
        if (account != null && parties.contains(Party.TEAM)) {
            concerned.with(Party.TEAM, em.createNamedQuery(TeamMembership.MEMBERS, AppUser.class)
                    .setParameter("account", account.getId()).getResultStream().map(AppUser::getId).toList());
        }
        if (parties.contains(Party.DIRECTORS)) {
            concerned.with(Party.DIRECTORS, em.createQuery("select u.id from AppUser u join u.roles r "
                    + "where r = :role and u.enabled = true", Long.class).setParameter("role", Role.KA_DIRECTOR)
                    .getResultList());
        }
        concerned.with(Party.OWNER, owner == null ? null : owner.getId());
        concerned.with(Party.PERSON, person == null ? null : person.getId());
        return make(occasion, NotificationRules.recipients(occasion, concerned));
    }

    /**
     * Notifies the {@code audience} its service found ({@link Party#AUDIENCE}: a programme message's readers, a
     * recognised team), without the actor, each once. Returns what was made.
     */
    public List<Notification> notifyAudience(Occasion occasion, List<Long> audience) {
        Concerned concerned = Concerned.by(callerId()).with(Party.AUDIENCE, audience);
        return make(occasion, NotificationRules.recipients(occasion, concerned));
    }

    /** Removes every notification made with this dedupe key: what was told is taken back (a withdrawn message). */
    public int forget(String dedupeKey) {
        return em.createQuery("delete from Notification n where n.dedupeKey = :key")
                .setParameter("key", dedupeKey).executeUpdate();
    }

    private List<Notification> make(Occasion occasion, Set<Long> recipients) {
        Set<Long> told = occasion.dedupeKey() == null || recipients.isEmpty() ? Set.of() : new HashSet<>(
                em.createQuery("select n.recipientId from Notification n where n.dedupeKey = :key "
                        + "and n.recipientId in :ids", Long.class).setParameter("key", occasion.dedupeKey())
                        .setParameter("ids", List.copyOf(recipients)).getResultList());
        Instant now = Instant.now();
        List<Notification> madeNow = new ArrayList<>();
        for (Long recipient : recipients) {
            AppUser user = em.find(AppUser.class, recipient);
            if (told.contains(recipient) || user == null || !user.isEnabled()) {
                continue;
            }
            Notification notification = new Notification(recipient, occasion, now);
            em.persist(notification);
            madeNow.add(notification);
            metrics.notificationMade();
            made.fire(new NotificationMade(notification, user.getUsername(), user.storedLocale()));
        }
        return madeNow;
    }

    /** Who acts, by the name the notifications give them: their display name, or their username if unknown. */
    public String actorName() {
        String name = callerName();
        return name == null ? "" : caller(name).map(AppUser::getDisplayName).orElse(name);
    }

    /** The caller's id, or null when no one acts (the nightly sweep). */
    private Long callerId() {
        String name = callerName();
        return name == null ? null : caller(name).map(AppUser::getId).orElse(null);
    }

    private String callerName() {
        String name = context.getCallerPrincipal() == null ? null : context.getCallerPrincipal().getName();
        return name == null || "ANONYMOUS".equalsIgnoreCase(name) ? null : name;
    }

    private Optional<AppUser> caller(String name) {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .getResultStream().findFirst();
    }
}
