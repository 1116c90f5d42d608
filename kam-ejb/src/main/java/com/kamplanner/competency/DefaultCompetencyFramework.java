package com.kamplanner.competency;

import com.kamplanner.platform.StartupLock;
import com.kamplanner.people.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;

/**
 * Ships version 1 of the competency framework, active, with its target profiles, when the database has no
 * framework at all, so HR can open a first campaign on day one and adapt the framework through a new version.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DefaultCompetencyFramework {

    private static final Logger LOG = Logger.getLogger(DefaultCompetencyFramework.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    void shipWhenMissing() {
        StartupLock.hold(em);
        long frameworks = em.createQuery("select count(f) from CompetencyFramework f", Long.class).getSingleResult();
        if (frameworks == 0) {
            CompetencyFramework framework = build();
            em.persist(framework);
            TargetProfile role = new TargetProfile(framework, Role.KAM, null);
            DefaultFrameworkContent.KAM_ROLE.forEach(role::require);
            em.persist(role);
            DefaultFrameworkContent.SEGMENTS.forEach((segment, levels) -> {
                TargetProfile profile = new TargetProfile(framework, Role.KAM, segment);
                levels.forEach(profile::require);
                em.persist(profile);
            });
            LOG.info("Shipped competency framework version 1 with " + framework.competencies().size()
                    + " competencies.");
        }
    }

    /** The shipped framework, active, built from {@link DefaultFrameworkContent}. */
    public static CompetencyFramework build() {
        CompetencyFramework framework = new CompetencyFramework(1, "KAM competency framework");
        for (DefaultFrameworkContent.AreaText areaText : DefaultFrameworkContent.AREAS) {
            CompetencyArea area = framework.addArea(areaText.code(), areaText.name().en(), areaText.name().fr());
            for (DefaultFrameworkContent.CompetencyText text : areaText.competencies()) {
                Competency competency = area.addCompetency(text.code(), text.name().en(), text.name().fr());
                text.indicators().forEach(i -> competency.addIndicator(i.en(), i.fr()));
                for (int level = 1; level <= text.levels().size(); level++) {
                    DefaultFrameworkContent.Text descriptor = text.levels().get(level - 1);
                    competency.describeLevel(level, descriptor.en(), descriptor.fr());
                }
            }
        }
        framework.activate();
        return framework;
    }
}
