package com.kamplanner.selection;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.VersionScope;
import com.kamplanner.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The KA Director's criteria sets: drafts are created (from scratch or as a copy of the active set), edited,
 * then activated, which archives the previous set and re-scores every account in the database in one pass.
 * Everyone who reads accounts may read the sets, to know what the levels mean.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class CriteriaSetService {

    public static final String NOT_A_DRAFT = "criteria.notDraft";
    public static final String DRAFT_EXISTS = "criteria.draftExists";
    public static final String NO_ACTIVE = "criteria.noActive";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Every version, newest first. */
    public List<CriteriaSet> list() {
        return em.createNamedQuery(CriteriaSet.ALL, CriteriaSet.class).getResultList();
    }

    public Optional<CriteriaSet> active() {
        return em.createNamedQuery(CriteriaSet.BY_STATUS, CriteriaSet.class)
                .setParameter("status", LifecycleStatus.ACTIVE).getResultStream().findFirst();
    }

    public CriteriaSet find(long id) {
        CriteriaSet set = em.find(CriteriaSet.class, id);
        if (set == null) {
            throw new NotFoundException();
        }
        set.getCriteria().forEach(c -> c.getLevels().size());
        return set;
    }

    /** A new draft copying the active set: the usual way to change weights or descriptors. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public CriteriaSet newDraftFromActive() {
        refuseSecondDraft();
        CriteriaSet active = active().orElseThrow(() -> new BusinessRuleException(NO_ACTIVE));
        CriteriaSet draft = active.draftCopy(nextNumber());
        em.persist(draft);
        audit.record(AuditAction.CRITERIA_DRAFT, "CriteriaSet", draft.getId(), "copy of version " + active.getNumber());
        return draft;
    }

    /** A new draft from criteria given whole (the API's way), refused unless it is usable as it stands. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public CriteriaSet createDraft(String name, List<Criterion> criteria) {
        refuseSecondDraft();
        CriteriaSet draft = new CriteriaSet(nextNumber(), name);
        criteria.forEach(draft::add);
        draft.checkUsable();
        em.persist(draft);
        em.flush();
        audit.record(AuditAction.CRITERIA_DRAFT, "CriteriaSet", draft.getId(), name);
        return draft;
    }

    /** Saves an edited draft; weights must add up to 100 per group and every level must be described. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public CriteriaSet save(CriteriaSet draft) {
        CriteriaSet current = em.find(CriteriaSet.class, draft.getId());
        if (current == null) {
            throw new NotFoundException();
        }
        OptimisticSave.expectVersion(current.getVersion(), draft.getVersion());
        current.getLifecycle().requireDraft(NOT_A_DRAFT);
        draft.checkUsable();
        CriteriaSet saved = OptimisticSave.save(em, draft);
        audit.record(AuditAction.CRITERIA_SAVE, "CriteriaSet", saved.getId(), saved.getName());
        return saved;
    }

    /**
     * Makes a draft the active set: the previous one is archived (its scores and indices stay, with their
     * version), and every account's indices under the new set are computed in the database.
     *
     * @return how many accounts got indices
     */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public int activate(long id, long expectedVersion) {
        CriteriaSet draft = find(id);
        OptimisticSave.expectVersion(draft.getVersion(), expectedVersion);
        int[] indexed = new int[1];
        versions().activate(CriteriaSet.class, draft, VersionScope.all(), AuditAction.CRITERIA_ACTIVATE, () -> {
            indexed[0] = recompute(id);
            return indexed[0] + " accounts indexed";
        });
        return indexed[0];
    }

    /** Discards a draft that was never activated. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public void deleteDraft(long id) {
        CriteriaSet draft = find(id);
        draft.getLifecycle().requireDraft(NOT_A_DRAFT);
        em.remove(draft);
        audit.record(AuditAction.CRITERIA_DELETE, "CriteriaSet", draft.getId(), draft.getName());
    }

    /** Recomputes every account's indices under a criteria set, with two set-based statements. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public int recompute(long criteriaSetId) {
        em.createNativeQuery(IndexStatements.DELETE_ALL).setParameter(1, criteriaSetId).executeUpdate();
        return em.createNativeQuery(IndexStatements.INSERT_ALL).setParameter(1, criteriaSetId).executeUpdate();
    }

    private void refuseSecondDraft() {
        versions().refuseSecondDraft(CriteriaSet.class, VersionScope.all(), DRAFT_EXISTS);
    }

    private int nextNumber() {
        return versions().nextNumber(CriteriaSet.class, VersionScope.all());
    }

    private Versions versions() {
        return new Versions(em, audit::record);
    }
}
