package com.kamplanner.strategy;

import com.kamplanner.platform.LifecycleStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The strategy templates in force, for everyone who measures a strategy: the workspace, the KA Director's
 * compliance pages, the KAM's work list, the best-practice form. One statement reads them, their step rules
 * joined; the KA Director changes them through {@link StrategyTemplateService}.
 */
@Stateless
@PermitAll
public class StrategyTemplates {

    @PersistenceContext
    EntityManager em;

    public ComplianceRules rules() {
        return rules(em);
    }

    /** The templates in force, for the code that reads the database without this bean (the plan's assembly). */
    public static ComplianceRules rules(EntityManager em) {
        // Read-only: the rules only read the templates, and without weaving (as on WildFly) EclipseLink 4.0 fails
        // to compare the element collection of step rules at the next flush when the templates are managed.
        return ComplianceRules.of(em.createQuery("select distinct t from StrategyTemplate t left join fetch t.steps "
                + "where t.lifecycle.status = :active", StrategyTemplate.class)
                .setHint("eclipselink.read-only", "true")
                .setParameter("active", LifecycleStatus.ACTIVE).getResultList());
    }
}
