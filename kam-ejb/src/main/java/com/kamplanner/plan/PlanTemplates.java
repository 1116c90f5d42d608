package com.kamplanner.plan;

import com.kamplanner.selection.Quadrant;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TemplateService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The plan template in force for a segment and the compliance level the segment requires. The template lives in
 * the shared template model (kind {@link DocumentKind#PLAN}), where the KA Director adapts and validates it; the
 * first time a plan needs one and none is active, {@link DefaultPlanTemplate} is activated.
 */
@Stateless
@PermitAll
public class PlanTemplates {

    /** The level required of accounts without a segment. */
    public static final int DEFAULT_MINIMUM = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    TemplateService templates;

    public DocumentTemplate active(Quadrant segment) {
        return templates.activeFor(DocumentKind.PLAN, segment).orElseGet(this::createDefault);
    }

    public int minimum(Quadrant segment) {
        PlanRequirement requirement = segment == null ? null : em.find(PlanRequirement.class, segment);
        return requirement == null ? DEFAULT_MINIMUM : requirement.getMinimumCompliance();
    }

    private DocumentTemplate createDefault() {
        DocumentTemplate template = DefaultPlanTemplate.create(templates.nextNumber(DocumentKind.PLAN));
        template.activate();
        em.persist(template);
        em.flush();
        return template;
    }
}
