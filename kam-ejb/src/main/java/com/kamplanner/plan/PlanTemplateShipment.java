package com.kamplanner.plan;

import com.kamplanner.platform.StartupLock;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Ships version 1 of the plan template ({@link DefaultPlanTemplate}), active for all segments, when the database has
 * none, under the start-up seeding lock like the other seeders: two nodes starting together on an empty database
 * ship it once, and no first plan of the day has to create it inside a user's request.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class PlanTemplateShipment {

    private static final Logger LOG = Logger.getLogger(PlanTemplateShipment.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void shipWhenMissing() {
        StartupLock.hold(em);
        if (PlanTemplates.count(em) == 0) {
            DocumentTemplate template = DefaultPlanTemplate.create(1);
            template.activate();
            em.persist(template);
            LOG.info("Shipped the default plan template, version 1, active for all segments.");
        }
    }
}
