package com.kamplanner.plan;

import com.kamplanner.platform.StartupLock;
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
 * the shared template model (kind {@link DocumentKind#PLAN}), where the KA Director adapts and validates it.
 * {@link PlanTemplateShipment} ships the default at start-up; should every version be archived since, the default is
 * activated again as a new version, under the seeding lock so that two nodes asking at once create it once.
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

    static long count(EntityManager em) {
        return em.createQuery("select count(t) from DocumentTemplate t where t.kind = :kind", Long.class)
                .setParameter("kind", DocumentKind.PLAN).getSingleResult();
    }

    private DocumentTemplate createDefault() {
        StartupLock.hold(em);
        return templates.activeFor(DocumentKind.PLAN, null).orElseGet(this::activateDefault);
    }

    private DocumentTemplate activateDefault() {
        DocumentTemplate template = DefaultPlanTemplate.create(templates.nextNumber(DocumentKind.PLAN));
        template.activate();
        em.persist(template);
        em.flush();
        return template;
    }
}
