package com.kamplanner.platform;

import com.kamplanner.audit.AuditAction;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Supplier;

/**
 * Numbers and activates the versions of every versioned artefact in one way: the next number is the highest of
 * its scope plus one, and activation is always check, archive the version in force in the same scope, flush,
 * activate, flush, audit (naming the version's id, which is unique where its number is not).
 */
public final class Versions {

    /** Where an activation is recorded: {@code AuditTrail::record} in the services. */
    @FunctionalInterface
    public interface Audit {
        void record(AuditAction action, String subjectType, Object subjectId, String detail);
    }

    private final EntityManager em;
    private final Audit audit;

    public Versions(EntityManager em, Audit audit) {
        this.em = em;
        this.audit = audit;
    }

    /** The number of the next version in {@code scope}: 1 for the first. */
    public int nextNumber(Class<? extends Versioned> type, VersionScope scope) {
        Integer highest = scope.bind(em.createQuery("select max(v.lifecycle.number) from " + type.getSimpleName()
                + " v" + scope.where(), Integer.class)).getSingleResult();
        return highest == null ? 1 : highest + 1;
    }

    /** The versions of {@code scope} with the given status, newest first. */
    public <T extends Versioned> List<T> withStatus(Class<T> type, VersionScope scope, LifecycleStatus status) {
        return scope.bind(em.createQuery("select v from " + type.getSimpleName() + " v" + scope.where()
                        + " and v.lifecycle.status = :lifecycleStatus order by v.lifecycle.number desc", type))
                .setParameter("lifecycleStatus", status).getResultList();
    }

    /** Refuses, with {@code draftExistsKey}, a new draft while {@code scope} has one being prepared. */
    public void refuseSecondDraft(Class<? extends Versioned> type, VersionScope scope, String draftExistsKey) {
        if (!withStatus(type, scope, LifecycleStatus.DRAFT).isEmpty()) {
            throw new BusinessRuleException(draftExistsKey);
        }
    }

    /**
     * Puts a draft in force in its scope and archives the version it replaces. {@code after} runs once the new
     * version is flushed (re-scoring, for criteria sets) and gives the audit's detail.
     */
    public <T extends Versioned> T activate(Class<T> type, T draft, VersionScope scope, AuditAction action,
                                            Supplier<String> after) {
        draft.getLifecycle().requireDraft(draft.notDraftKey());
        draft.checkActivable();
        if (draft.getId() == null) {
            em.persist(draft);
        }
        withStatus(type, scope, LifecycleStatus.ACTIVE).forEach(previous -> previous.getLifecycle().archive());
        OptimisticSave.flush(em);
        draft.getLifecycle().activate(draft.notDraftKey());
        OptimisticSave.flush(em);
        audit.record(action, type.getSimpleName(), draft.getId(), after.get());
        return draft;
    }
}
