package com.kamplanner.culture;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The programme messages: executives and the KA Director publish them ({@link CultureRules#checkMessage}), which
 * tells their audience in the notification centre, and withdraw their own, which takes the notifications back;
 * programme members read those addressed to them ({@link CultureRules#addressedTo}), decided when they read.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class ProgrammeMessages {

    static final String SUBJECT = "ProgrammeMessage";

    /** How many of the latest messages are looked through for the caller's. */
    static final int LOOKED_THROUGH = 200;

    /** The page the notifications and the home page link to. */
    public static final String PAGE = "culture/index.xhtml";

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeMembers members;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    /** Publishes the message and tells its audience; refused when the rules refuse the draft. */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public ProgrammeMessage publish(MessageDraft draft) {
        MessageDraft checked = CultureRules.checkMessage(draft);
        AppUser author = members.caller();
        ProgrammeMessage message = new ProgrammeMessage(checked, author, Instant.now());
        em.persist(message);
        OptimisticSave.flush(em);
        String en = checked.textEn() != null ? checked.textEn() : checked.textFr();
        String fr = checked.textFr() != null ? checked.textFr() : checked.textEn();
        notifications.notifyAudience(new Occasion(NotificationKind.PROGRAMME_MESSAGE, null, null,
                List.of(author.getDisplayName(), en, fr), PAGE, dedupeKey(message.getId())), audience(checked));
        audit.record(AuditAction.CULTURE_MESSAGE_PUBLISHED, SUBJECT, message.getId(),
                checked.audience() + (checked.segment() == null ? "" : " " + checked.segment()));
        return message;
    }

    /** Withdraws one of the caller's own messages: it leaves the pages and the notification centre. */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public ProgrammeMessage withdraw(long id, long loadedVersion) {
        ProgrammeMessage message = em.find(ProgrammeMessage.class, id);
        if (message == null) {
            throw new NotFoundException();
        }
        if (!message.getAuthor().getId().equals(members.caller().getId())) {
            throw new AccessDeniedException();
        }
        if (message.isWithdrawn()) {
            throw new BusinessRuleException(CultureRules.ALREADY_WITHDRAWN);
        }
        OptimisticSave.expectVersion(message.getVersion(), loadedVersion);
        message.withdraw(Instant.now());
        OptimisticSave.flush(em);
        notifications.forget(dedupeKey(id));
        audit.record(AuditAction.CULTURE_MESSAGE_WITHDRAWN, SUBJECT, id, null);
        return message;
    }

    /**
     * The messages addressed to the caller, newest first, at most {@code max}: for the programme leads every
     * message, the withdrawn ones too when asked (the page where they withdraw their own); for the others those
     * in force.
     */
    public List<MessageLine> forMe(int max, boolean withdrawnToo) {
        Set<Role> roles = members.requireMember();
        boolean lead = CultureRules.mayPublish(roles);
        Set<Quadrant> segments = lead ? Set.of() : members.segmentsOfMyAccounts();
        long me = members.caller().getId();
        List<MessageLine> lines = new ArrayList<>();
        for (ProgrammeMessage m : em.createQuery("select m from ProgrammeMessage m join fetch m.author"
                        + (lead && withdrawnToo ? "" : " where m.withdrawnAt is null") + " order by m.publishedAt desc, m.id desc",
                ProgrammeMessage.class).setMaxResults(LOOKED_THROUGH).getResultList()) {
            if (lines.size() < max && CultureRules.addressedTo(m.getAudience(), m.getSegment(), roles, segments)) {
                lines.add(new MessageLine(m.getId(), m.getAudience(), m.getSegment(), m.getTextEn(), m.getTextFr(),
                        m.getAuthor().getDisplayName(), m.getPublishedAt(), m.getWithdrawnAt(),
                        !m.isWithdrawn() && m.getAuthor().getId() == me, m.getVersion()));
            }
        }
        return lines;
    }

    /** The message's readers when it is published: the enabled members its audience names. */
    private List<Long> audience(MessageDraft message) {
        Set<Long> ids = new LinkedHashSet<>();
        switch (message.audience()) {
            case EVERYONE -> ids.addAll(em.createQuery("select distinct u.id from AppUser u join u.roles r "
                    + "where r in :roles and u.enabled = true and u.external = false", Long.class)
                    .setParameter("roles", List.of(Role.EXECUTIVE, Role.KA_DIRECTOR, Role.KAM, Role.TEAM_MEMBER))
                    .getResultList());
            case KAMS -> ids.addAll(em.createQuery("select distinct u.id from AppUser u join u.roles r "
                    + "where r = :kam and u.enabled = true and u.external = false", Long.class)
                    .setParameter("kam", Role.KAM).getResultList());
            case SEGMENT -> {
                ids.addAll(em.createQuery("select distinct a.kam.id from Account a where a.segment = :segment",
                        Long.class).setParameter("segment", message.segment()).getResultList());
                ids.addAll(em.createQuery("select distinct t.member.id from TeamMembership t join t.account a "
                                + "where a.segment = :segment and t.member.external = false", Long.class)
                        .setParameter("segment", message.segment()).getResultList());
            }
        }
        return List.copyOf(ids);
    }

    static String dedupeKey(long messageId) {
        return "programme-message:" + messageId;
    }
}
