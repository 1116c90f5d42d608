package com.kamplanner.strategy;

import com.kamplanner.platform.LifecycleStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The strategy templates in force, for everyone who measures a strategy: the workspace, the KA Director's
 * compliance pages, the KAM's work list, the best-practice form. One statement (and one for the step rules) reads
 * them; the KA Director changes them through {@link StrategyTemplateService}.
 */
@Stateless
@PermitAll
public class StrategyTemplates {

    @PersistenceContext
    EntityManager em;

    public ComplianceRules rules() {
        return ComplianceRules.of(em.createQuery("select t from StrategyTemplate t where t.lifecycle.status = :active "
                + "order by t.lifecycle.number desc", StrategyTemplate.class)
                .setParameter("active", LifecycleStatus.ACTIVE).getResultList());
    }
}
