package com.kamplanner.plan;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateSection;
import com.kamplanner.template.TemplateService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * The KA Director validates the plan template and sets the compliance each segment requires: which parts of the
 * plan are mandatory (a new template version, activated, the previous one archived so plans approved under it
 * keep their history) and the minimum share of the template a plan of each segment must meet to be submitted.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class PlanTemplateService {

    public static final String REQUIREMENT_RANGE = "plan.requirement.range";

    @PersistenceContext
    EntityManager em;

    @Inject
    PlanTemplates templates;

    @Inject
    TemplateService documents;

    @Inject
    AuditTrail audit;

    /** The plan template in force for all segments (the default one, the first time). */
    public DocumentTemplate active() {
        return templates.active(null);
    }

    public List<PlanRequirement> requirements() {
        return em.createQuery("select r from PlanRequirement r order by r.segment", PlanRequirement.class)
                .getResultList();
    }

    /** Sets a segment's required compliance; {@code loadedVersion} is the requirement's version the user loaded. */
    public PlanRequirement saveRequirement(Quadrant segment, int minimum, long loadedVersion) {
        if (minimum < 0 || minimum > 100) {
            throw new BusinessRuleException(REQUIREMENT_RANGE);
        }
        PlanRequirement requirement = em.find(PlanRequirement.class, segment);
        if (requirement == null) {
            throw new NotFoundException();
        }
        OptimisticSave.expectVersion(requirement.getVersion(), loadedVersion);
        requirement.setMinimumCompliance(minimum);
        OptimisticSave.flush(em);
        audit.record(AuditAction.PLAN_REQUIREMENT, "PlanRequirement", segment.name(), minimum + " %");
        return requirement;
    }

    /**
     * Validates a new version of the plan template from the one in force, with exactly the fields named by
     * {@code mandatory} ({@code section.field}) mandatory; {@code loadedVersion} is the template version the user
     * loaded. The new version is active, the old one archived.
     */
    public DocumentTemplate validate(Set<String> mandatory, long loadedId, long loadedVersion) {
        DocumentTemplate current = active();
        if (current.getId() != loadedId) {
            throw new StaleEditException();
        }
        OptimisticSave.expectVersion(current.getVersion(), loadedVersion);
        DocumentTemplate next = current.copyAsDraft(documents.nextNumber(DocumentKind.PLAN), current.getName());
        for (TemplateSection section : next.getSections()) {
            for (TemplateField field : section.getFields()) {
                field.setMandatory(mandatory.contains(section.getKey() + "." + field.getKey()));
            }
        }
        return documents.activate(next, AuditAction.PLAN_TEMPLATE_VALIDATED, "mandatory: " + mandatory);
    }
}
