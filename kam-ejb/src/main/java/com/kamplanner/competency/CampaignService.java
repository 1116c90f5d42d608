package com.kamplanner.competency;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Assessment campaigns: HR opens one for a period under the active framework, which gives every active KAM an
 * assessment to complete; HR and the KA Director follow its progress; HR closes it.
 */
@Stateless
@RolesAllowed(Role.Names.HR)
public class CampaignService {

    public static final String NAME_REQUIRED = "competency.campaign.nameRequired";
    public static final String PERIOD_INVALID = "competency.campaign.periodInvalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    FrameworkService frameworks;

    @Inject
    CompetencyPrivacy privacy;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    public AssessmentCampaign open(String name, LocalDate start, LocalDate end) {
        if (name == null || name.isBlank()) {
            throw new BusinessRuleException(NAME_REQUIRED);
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw new BusinessRuleException(PERIOD_INVALID);
        }
        AssessmentCampaign campaign = new AssessmentCampaign(frameworks.active(), name.trim(), start, end,
                privacy.callerName());
        em.persist(campaign);
        List<AppUser> kams = em.createQuery("select u from AppUser u join u.roles r where r = :role "
                + "and u.enabled = true order by u.displayName", AppUser.class).setParameter("role", Role.KAM)
                .getResultList();
        for (AppUser kam : kams) {
            Assessment assessment = new Assessment(campaign, kam);
            em.persist(assessment);
            notifications.notify(new Occasion(NotificationKind.CAMPAIGN_OPENED, null, null,
                    List.of(campaign.getName(), end.toString()), "competency/assessment.xhtml?id=" + assessment.getId(),
                    null), null, kam);
        }
        audit.record(AuditAction.COMPETENCY_CAMPAIGN_OPENED, "AssessmentCampaign", campaign.getId(),
                campaign.getName() + " (" + kams.size() + " KAMs)");
        return campaign;
    }

    public AssessmentCampaign close(long campaignId) {
        AssessmentCampaign campaign = find(campaignId);
        campaign.close();
        audit.record(AuditAction.COMPETENCY_CAMPAIGN_CLOSED, "AssessmentCampaign", campaignId, campaign.getName());
        return campaign;
    }

    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public List<AssessmentCampaign> list() {
        return em.createQuery("select c from AssessmentCampaign c order by c.openedAt desc, c.id desc",
                AssessmentCampaign.class).getResultList();
    }

    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public AssessmentCampaign find(long campaignId) {
        AssessmentCampaign campaign = em.find(AssessmentCampaign.class, campaignId);
        if (campaign == null) {
            throw new NotFoundException();
        }
        return campaign;
    }

    /** Every KAM's assessment in the campaign and how far it has come, by name. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public List<CampaignProgress> progress(long campaignId) {
        return em.createQuery("select a from Assessment a where a.campaign.id = :c order by a.kam.displayName",
                Assessment.class).setParameter("c", campaignId).getResultStream().map(CampaignProgress::new).toList();
    }

    /** An open campaign and how many of its assessments still wait for the KA Director's assessment. */
    public record AwaitingManager(long campaignId, String campaignName, LocalDate periodEnd, long assessments)
            implements java.io.Serializable {
    }

    /** The open campaigns whose assessments still wait for the KA Director's assessment: one grouped statement. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public List<AwaitingManager> awaitingManager() {
        return em.createQuery("select c.id, c.name, c.periodEnd, count(a) from Assessment a join a.campaign c "
                        + "where c.status = :open and a.status = :assessing and a.managerSubmittedAt is null "
                        + "group by c.id, c.name, c.periodEnd order by c.periodEnd, c.id", Object[].class)
                .setParameter("open", AssessmentCampaign.Status.OPEN).setParameter("assessing", Assessment.Status.OPEN)
                .getResultStream().map(r -> new AwaitingManager((Long) r[0], (String) r[1], (LocalDate) r[2],
                        ((Number) r[3]).longValue())).toList();
    }

    /** An open campaign's completion: its assessments, how many HR validated, how many wait for HR. */
    public record Completion(long campaignId, String campaignName, LocalDate periodEnd, long assessments,
                             long validated, long awaitingValidation) implements java.io.Serializable {
    }

    /** The open campaigns with their completion, soonest end first: one grouped statement, for HR. */
    public List<Completion> inProgress() {
        return em.createQuery("select c.id, c.name, c.periodEnd, count(a), "
                        + "sum(case when a.status = :validated then 1 else 0 end), "
                        + "sum(case when a.status = :assessing and a.managerSubmittedAt is not null then 1 else 0 end) "
                        + "from Assessment a join a.campaign c where c.status = :open "
                        + "group by c.id, c.name, c.periodEnd order by c.periodEnd, c.id", Object[].class)
                .setParameter("validated", Assessment.Status.VALIDATED).setParameter("assessing", Assessment.Status.OPEN)
                .setParameter("open", AssessmentCampaign.Status.OPEN).getResultStream()
                .map(r -> new Completion((Long) r[0], (String) r[1], (LocalDate) r[2], ((Number) r[3]).longValue(),
                        r[4] == null ? 0 : ((Number) r[4]).longValue(), r[5] == null ? 0 : ((Number) r[5]).longValue()))
                .toList();
    }

    /** The KAMs of the campaign who have not self-assessed yet. */
    @RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR})
    public List<CampaignProgress> withoutSelfAssessment(long campaignId) {
        return progress(campaignId).stream().filter(p -> !p.isSelfAssessed()).toList();
    }
}
