package com.kamplanner.strategy;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.VersionScope;
import com.kamplanner.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The KA Director adapts and validates the Strategy Formulation Process template: list the versions, copy one into
 * a new draft, adapt the draft (its rules, horizon, tools and guidance), activate it for a segment or for all
 * (which archives the version it replaces), archive it. Every strategy is then measured against the active
 * version of its segment ({@link StrategyTemplates}).
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class StrategyTemplateService {

    public static final String NAME_REQUIRED = "strategyTemplate.nameRequired";
    public static final String POTENTIALS_RANGE = "strategyTemplate.potentialsRange";
    public static final String HORIZON_RANGE = "strategyTemplate.horizonRange";
    public static final String GUIDANCE_SIZE = "strategyTemplate.guidanceSize";
    public static final String NOT_ACTIVE = "strategyTemplate.notActive";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<StrategyTemplate> versions() {
        return em.createQuery("select t from StrategyTemplate t order by t.lifecycle.number desc",
                StrategyTemplate.class).getResultList();
    }

    public StrategyTemplate find(long id) {
        StrategyTemplate template = em.find(StrategyTemplate.class, id);
        if (template == null) {
            throw new NotFoundException();
        }
        return template;
    }

    /** A new draft copied from a version, numbered after the highest. */
    public StrategyTemplate newDraft(long fromId, String name) {
        StrategyTemplate from = find(fromId);
        StrategyTemplate draft = from.copyAsDraft(lifecycle().nextNumber(StrategyTemplate.class, VersionScope.all()),
                name == null || name.isBlank() ? from.getName() : name.strip());
        em.persist(draft);
        OptimisticSave.flush(em);
        audit.record(AuditAction.TEMPLATE_DRAFT, "StrategyTemplate", draft.getId(),
                "copied from version " + from.getNumber());
        return draft;
    }

    /**
     * Applies the KA Director's changes to a draft; refused on a version that is not a draft, or that someone
     * saved since {@code loadedVersion}, or when a figure is out of range.
     */
    public StrategyTemplate saveDraft(long id, long loadedVersion, StrategyTemplateEdit edit) {
        StrategyTemplate template = find(id);
        template.getLifecycle().requireDraft(StrategyTemplate.NOT_DRAFT);
        OptimisticSave.expectVersion(template.getVersion(), loadedVersion);
        check(edit);
        template.apply(edit);
        em.lock(template, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        OptimisticSave.flush(em);
        audit.record(AuditAction.TEMPLATE_SAVE_DRAFT, "StrategyTemplate", template.getId(), template.getName());
        return template;
    }

    /** Puts a draft in force for its segment (or all) and archives the version it replaces. */
    public StrategyTemplate activate(long id, long loadedVersion) {
        StrategyTemplate template = find(id);
        OptimisticSave.expectVersion(template.getVersion(), loadedVersion);
        return lifecycle().activate(StrategyTemplate.class, template,
                VersionScope.all().and("segment", template.getSegment()), AuditAction.TEMPLATE_ACTIVATE,
                () -> template.getSegment() == null ? "all segments" : template.getSegment().name());
    }

    /** Takes an active version out of force: its segment falls back on the template for all segments. */
    public StrategyTemplate archive(long id, long loadedVersion) {
        StrategyTemplate template = find(id);
        OptimisticSave.expectVersion(template.getVersion(), loadedVersion);
        template.getLifecycle().requireActive(NOT_ACTIVE);
        template.getLifecycle().archive();
        OptimisticSave.flush(em);
        audit.record(AuditAction.TEMPLATE_ARCHIVE, "StrategyTemplate", template.getId(), null);
        return template;
    }

    static void check(StrategyTemplateEdit edit) {
        if (edit.getName() == null || edit.getName().isBlank()) {
            throw new BusinessRuleException(NAME_REQUIRED);
        }
        if (edit.getMinPotentialsPerKind() < 0 || edit.getMinPotentialsPerKind() > StrategyTemplate.MAX_POTENTIALS) {
            throw new BusinessRuleException(POTENTIALS_RANGE, StrategyTemplate.MAX_POTENTIALS);
        }
        if (edit.getHorizonYears() < 1 || edit.getHorizonYears() > StrategyTemplate.MAX_HORIZON_YEARS) {
            throw new BusinessRuleException(HORIZON_RANGE, StrategyTemplate.MAX_HORIZON_YEARS);
        }
        for (StrategyTemplateEdit.StepEdit step : edit.getSteps()) {
            if (tooLong(step.getGuidanceEn()) || tooLong(step.getGuidanceFr())) {
                throw new BusinessRuleException(GUIDANCE_SIZE, StepRule.GUIDANCE_MAX);
            }
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > StepRule.GUIDANCE_MAX;
    }

    private Versions lifecycle() {
        return new Versions(em, audit::record);
    }
}
