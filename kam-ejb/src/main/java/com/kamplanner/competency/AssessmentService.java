package com.kamplanner.competency;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.FreeText;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The assessment workflow of a campaign: the KAM self-assesses, the KA Director gives the manager assessment,
 * HR validates a final level per competency with comments. Each step is refused once the assessment is
 * validated (validated assessments are the KAM's immutable history), and each save checks the version the user
 * loaded, so two people validating at once cannot overwrite each other.
 */
@Stateless
@RolesAllowed({Role.Names.HR, Role.Names.KA_DIRECTOR, Role.Names.KAM})
public class AssessmentService {

    public static final String VALIDATED = "competency.assessment.validated";
    public static final String CAMPAIGN_CLOSED = "competency.campaign.closed";
    public static final String INCOMPLETE = "competency.assessment.incomplete";
    public static final String CONFIRM_NO_SELF = "competency.validation.confirmNoSelf";

    @PersistenceContext
    EntityManager em;

    @Inject
    CompetencyPrivacy privacy;

    @Inject
    AuditTrail audit;

    @Inject
    Notifications notifications;

    /** An assessment, for its KAM, the KA Director or HR; reads by others than the KAM are logged. */
    public Assessment find(long assessmentId) {
        Assessment assessment = existing(assessmentId);
        if (!privacy.canRead(assessment.getKam())) {
            throw new AccessDeniedException();
        }
        privacy.logRead(assessment.getKam(), "assessment");
        return assessment;
    }

    /** The calling KAM's assessments, newest campaign first. */
    @RolesAllowed(Role.Names.KAM)
    public List<Assessment> mine() {
        return em.createQuery("select a from Assessment a where a.kam.username = :me "
                + "order by a.campaign.openedAt desc, a.id desc", Assessment.class)
                .setParameter("me", privacy.callerName()).getResultList();
    }

    /** The calling KAM's assessments still waiting for their self-assessment, in open campaigns: one statement. */
    @RolesAllowed(Role.Names.KAM)
    public List<Assessment> selfAssessmentsToFill() {
        return em.createQuery("select a from Assessment a join fetch a.campaign c where a.kam.username = :me "
                        + "and c.status = :open and a.status = :assessing and a.selfSubmittedAt is null "
                        + "order by c.periodEnd, a.id", Assessment.class)
                .setParameter("me", privacy.callerName()).setParameter("open", AssessmentCampaign.Status.OPEN)
                .setParameter("assessing", Assessment.Status.OPEN).getResultList();
    }

    /** The KAM's own rating of every competency, with evidence (e.g. an approved Key Account Plan). */
    @RolesAllowed(Role.Names.KAM)
    public Assessment selfAssess(long assessmentId, long loadedVersion, Map<String, Integer> levels,
                                 String evidence, String evidenceRef) {
        Assessment assessment = editable(assessmentId, loadedVersion);
        if (!privacy.callerName().equals(assessment.getKam().getUsername())) {
            throw new AccessDeniedException();
        }
        complete(assessment, levels);
        levels.forEach((code, level) -> assessment.ratingFor(code).setSelfLevel(level));
        assessment.selfAssessed(FreeText.orNull(evidence), FreeText.orNull(evidenceRef));
        Assessment saved = OptimisticSave.save(em, assessment);
        audit.record(AuditAction.COMPETENCY_SELF_ASSESSED, "Assessment", assessmentId, levels.toString());
        return saved;
    }

    /** The KA Director's rating of a KAM they direct. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public Assessment managerAssess(long assessmentId, long loadedVersion, Map<String, Integer> levels,
                                    String evidence, String evidenceRef) {
        Assessment assessment = editable(assessmentId, loadedVersion);
        if (!privacy.directs(assessment.getKam())) {
            throw new AccessDeniedException();
        }
        complete(assessment, levels);
        levels.forEach((code, level) -> assessment.ratingFor(code).setManagerLevel(level));
        assessment.managerAssessed(privacy.callerName(), FreeText.orNull(evidence), FreeText.orNull(evidenceRef));
        Assessment saved = OptimisticSave.save(em, assessment);
        audit.record(AuditAction.COMPETENCY_MANAGER_ASSESSED, "Assessment", assessmentId, levels.toString());
        return saved;
    }

    /**
     * HR's final level and comment per competency; after this the assessment never changes. Without a
     * self-assessment HR must confirm explicitly ({@code confirmWithoutSelf}), and the confirmation is recorded.
     */
    @RolesAllowed(Role.Names.HR)
    public Assessment validate(long assessmentId, long loadedVersion, Map<String, Integer> finalLevels,
                               Map<String, String> comments, boolean confirmWithoutSelf) {
        Assessment assessment = editable(assessmentId, loadedVersion);
        complete(assessment, finalLevels);
        boolean withoutSelf = !assessment.isSelfAssessed();
        if (withoutSelf && !confirmWithoutSelf) {
            throw new BusinessRuleException(CONFIRM_NO_SELF, assessment.getKam().getDisplayName());
        }
        finalLevels.forEach((code, level) -> {
            Rating rating = assessment.ratingFor(code);
            rating.setFinalLevel(level);
            rating.setFinalComment(comments == null ? null : FreeText.orNull(comments.get(code)));
        });
        assessment.validated(privacy.callerName(), withoutSelf);
        Assessment saved = OptimisticSave.save(em, assessment);
        audit.record(withoutSelf ? AuditAction.COMPETENCY_VALIDATED_WITHOUT_SELF_ASSESSMENT
                : AuditAction.COMPETENCY_VALIDATED,
                "Assessment", assessmentId, finalLevels.toString());
        notifications.notify(new Occasion(NotificationKind.ASSESSMENT_VALIDATED, null, null,
                List.of(saved.getCampaign().getName()), "competency/assessment.xhtml?id=" + assessmentId, null), null,
                saved.getKam());
        return saved;
    }

    private Assessment editable(long assessmentId, long loadedVersion) {
        Assessment assessment = existing(assessmentId);
        if (!privacy.canRead(assessment.getKam())) {
            throw new AccessDeniedException();
        }
        // The version first: of two HR users validating at once, the second learns someone else got there.
        OptimisticSave.expectVersion(assessment.getVersion(), loadedVersion);
        if (assessment.isValidated()) {
            throw new BusinessRuleException(VALIDATED);
        }
        if (!assessment.getCampaign().isOpen()) {
            throw new BusinessRuleException(CAMPAIGN_CLOSED);
        }
        return assessment;
    }

    /** Levels 1–5 only, and one for every competency of the campaign's framework. */
    private static void complete(Assessment assessment, Map<String, Integer> levels) {
        AssessmentRules.checkLevels(levels);
        List<String> codes = assessment.getCampaign().getFramework().codes().toList();
        if (!levels.keySet().containsAll(codes) || levels.values().stream().anyMatch(java.util.Objects::isNull)) {
            throw new BusinessRuleException(INCOMPLETE);
        }
        if (!codes.containsAll(levels.keySet())) {
            throw new NotFoundException();
        }
    }

    private Assessment existing(long assessmentId) {
        Assessment assessment = em.find(Assessment.class, assessmentId);
        if (assessment == null) {
            throw new NotFoundException();
        }
        return assessment;
    }
}
