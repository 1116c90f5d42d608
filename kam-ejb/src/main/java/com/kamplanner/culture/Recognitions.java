package com.kamplanner.culture;

import com.kamplanner.account.Account;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.competency.CompetencyPrivacy;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognitions of KA teams. Executives and the KA Director recognise a team only for an achievement its account's
 * records show ({@link Achievements}: the form offers those, and the evidence is checked again here), which tells
 * the team; every programme member reads the published lines, which hold nothing else of the account (the same
 * rule as the best-practice library: the published item, and only it, crosses accounts). HR reads them on a KAM's
 * competency profile, under the profile's privacy rule; the quarterly review counts them.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class Recognitions {

    static final String SUBJECT = "Recognition";

    private static final String LINE = "select new com.kamplanner.culture.RecognitionLine(r.id, a.name, "
            + "r.teamNames, r.achievement, r.objectiveTitle, r.planVersion, r.stageFrom, r.stageTo, "
            + "r.contingencyTrigger, r.achievedOn, r.citation, b.displayName, r.recognisedAt) "
            + "from Recognition r join r.account a join r.recognisedBy b";

    @PersistenceContext
    EntityManager em;

    @Inject
    Achievements achievements;

    @Inject
    ProgrammeMembers members;

    @Inject
    CompetencyPrivacy privacy;

    @Inject
    Notifications notifications;

    @Inject
    AuditTrail audit;

    /** The achievements the records show and nobody recognised yet: what the recognition form offers. */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public List<Achievement> open() {
        return achievements.open();
    }

    /**
     * Recognises the team of the account whose record {@code evidenceId} shows the achievement, with the
     * recogniser's words; refused unless the records show it and nobody recognised it yet.
     */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
    public Recognition recognise(AchievementKind kind, long evidenceId, String citation) {
        String words = CultureRules.checkCitation(citation);
        if (kind == null) {
            throw new BusinessRuleException(CultureRules.NOT_EVIDENCED);
        }
        Achievement achievement = achievements.find(kind, evidenceId)
                .orElseThrow(() -> new BusinessRuleException(CultureRules.NOT_EVIDENCED));
        boolean recognised = !em.createQuery("select r.id from Recognition r where r.achievement = :kind "
                        + "and r.evidenceId = :evidence", Long.class).setParameter("kind", kind)
                .setParameter("evidence", evidenceId).getResultList().isEmpty();
        if (recognised) {
            throw new BusinessRuleException(CultureRules.NOT_EVIDENCED);
        }
        Account account = em.find(Account.class, achievement.accountId());
        List<AppUser> team = em.createNamedQuery(TeamMembership.MEMBERS, AppUser.class)
                .setParameter("account", account.getId()).getResultList();
        List<String> names = new ArrayList<>();
        if (account.getKam() != null) {
            names.add(account.getKam().getDisplayName());
        }
        team.stream().map(AppUser::getDisplayName).filter(n -> !names.contains(n)).forEach(names::add);
        AppUser by = members.caller();
        Recognition recognition = new Recognition(achievement, account, String.join(", ", names), words, by,
                Instant.now());
        em.persist(recognition);
        OptimisticSave.flush(em);
        List<Long> told = new ArrayList<>();
        if (account.getKam() != null) {
            told.add(account.getKam().getId());
        }
        team.stream().filter(u -> !u.isExternal()).map(AppUser::getId).forEach(told::add);
        notifications.notifyAudience(new Occasion(NotificationKind.TEAM_RECOGNISED, null, null,
                List.of(by.getDisplayName(), account.getName()), ProgrammeMessages.PAGE,
                "recognition:" + recognition.getId()), told);
        audit.record(AuditAction.CULTURE_TEAM_RECOGNISED, SUBJECT, recognition.getId(),
                kind + " " + evidenceId + " of account " + account.getId());
        return recognition;
    }

    /** The latest recognitions, newest first, for every programme member: the published lines only. */
    public List<RecognitionLine> latest(int first, int max) {
        members.requireMember();
        return em.createQuery(LINE + " order by r.recognisedAt desc, r.id desc", RecognitionLine.class)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max)).getResultList();
    }

    /** One published line by its id; not found when there is none. */
    public RecognitionLine line(long id) {
        members.requireMember();
        return em.createQuery(LINE + " where r.id = :id", RecognitionLine.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    public long count() {
        members.requireMember();
        return em.createQuery("select count(r) from Recognition r", Long.class).getSingleResult();
    }

    /**
     * The recognitions a KAM's teams received while they were its KAM, newest first, for their competency
     * profile: read by whoever may read the profile ({@link CompetencyPrivacy#canRead}: HR, the KA Director, the
     * KAM), nobody else.
     */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR, Role.Names.KAM})
    public List<RecognitionLine> receivedBy(long kamId) {
        AppUser kam = em.find(AppUser.class, kamId);
        if (kam == null) {
            throw new NotFoundException();
        }
        if (!privacy.canRead(kam)) {
            throw new AccessDeniedException();
        }
        return em.createQuery(LINE + " where r.kam.id = :kam order by r.recognisedAt desc, r.id desc",
                RecognitionLine.class).setParameter("kam", kamId).getResultList();
    }

    /** How many teams were recognised between two days, both included: the quarterly review's count. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public long countBetween(LocalDate from, LocalDate to) {
        ZoneId zone = ZoneId.systemDefault();
        return em.createQuery("select count(r) from Recognition r where r.recognisedAt >= :from "
                        + "and r.recognisedAt < :to", Long.class)
                .setParameter("from", from.atStartOfDay(zone).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(zone).toInstant()).getSingleResult();
    }
}
