package com.kamplanner.segmentation;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.account.StageChange;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.selection.QuadrantLookup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * The KA Director's selection and segmentation decisions: key account or candidate (always with a reason, kept
 * as history), the segment (the matrix quadrant by default, an override only with a reason), and the
 * relationship stages, which the account's KAM may also record.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class SegmentationService {

    public static final String REASON_REQUIRED = "decision.reasonRequired";
    public static final String ALREADY = "decision.unchanged";
    public static final String NOT_KEY = "segment.notKeyAccount";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<QuadrantLookup> quadrants;

    /** Makes a candidate a key account; its segment starts as its matrix quadrant, when it has one. */
    public Account makeKeyAccount(long accountId, long version, String reason) {
        Account account = current(accountId, version);
        requireReason(reason);
        if (account.isKeyAccount()) {
            throw new BusinessRuleException(ALREADY);
        }
        account.setKeyAccount(true);
        if (!account.isSegmentOverridden()) {
            account.setSegment(quadrantOf(accountId), false, null);
        }
        em.persist(new SelectionDecision(account, true, reason.trim(), access.callerName()));
        audit.record(AuditAction.ACCOUNT_MADE_KEY, "Account", accountId, reason.trim());
        return account;
    }

    /** Turns a key account back into a candidate; its segment goes with it. */
    public Account revertToCandidate(long accountId, long version, String reason) {
        Account account = current(accountId, version);
        requireReason(reason);
        if (!account.isKeyAccount()) {
            throw new BusinessRuleException(ALREADY);
        }
        account.setKeyAccount(false);
        account.setSegment(null, false, null);
        em.persist(new SelectionDecision(account, false, reason.trim(), access.callerName()));
        audit.record(AuditAction.ACCOUNT_MADE_CANDIDATE, "Account", accountId, reason.trim());
        return account;
    }

    /** Sets a segment other than the quadrant's; the reason is kept and the page shows it as an override. */
    public Account overrideSegment(long accountId, long version, Quadrant segment, String reason) {
        Account account = current(accountId, version);
        if (!account.isKeyAccount()) {
            throw new BusinessRuleException(NOT_KEY);
        }
        requireReason(reason);
        account.setSegment(segment, true, reason.trim());
        audit.record(AuditAction.ACCOUNT_SEGMENT_OVERRIDDEN, "Account", accountId, segment + ": " + reason.trim());
        return account;
    }

    /** Drops the override: the segment is the matrix quadrant again. */
    public Account clearSegmentOverride(long accountId, long version) {
        Account account = current(accountId, version);
        account.setSegment(account.isKeyAccount() ? quadrantOf(accountId) : null, false, null);
        audit.record(AuditAction.ACCOUNT_SEGMENT_OVERRIDE_CLEARED, "Account", accountId, null);
        return account;
    }

    /** Records the current and target relationship stages: the KA Director, or the account's own KAM. */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.KAM})
    public Account setStages(long accountId, long version, RelationshipStage current, RelationshipStage target) {
        Account account = current(accountId, version);
        if (!access.rights(account).canSetStages()) {
            throw new AccessDeniedException();
        }
        RelationshipStage before = account.getCurrentStage();
        if (before != null && current != null && before != current) {
            em.persist(new StageChange(account, before, current, access.callerName(), Instant.now()));
        }
        account.setCurrentStage(current);
        account.setTargetStage(target);
        audit.record(AuditAction.ACCOUNT_STAGES_SET, "Account", accountId, current + " -> " + target);
        return account;
    }

    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
    public List<SelectionDecision> decisions(long accountId) {
        access.readable(accountId);
        return em.createQuery("select d from SelectionDecision d where d.account.id = :id "
                + "order by d.decidedAt desc, d.id desc", SelectionDecision.class)
                .setParameter("id", accountId).getResultList();
    }

    private Account current(long accountId, long version) {
        Account account = access.readable(accountId);
        OptimisticSave.expectVersion(account.getVersion(), version);
        return account;
    }

    private Quadrant quadrantOf(long accountId) {
        return quadrants.isResolvable() ? quadrants.get().quadrantOf(accountId).orElse(null) : null;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException(REASON_REQUIRED);
        }
    }
}
