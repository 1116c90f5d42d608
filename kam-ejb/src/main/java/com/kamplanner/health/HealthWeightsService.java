package com.kamplanner.health;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.VersionScope;
import com.kamplanner.platform.Versions;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The health weights of each segment: everyone who reads health may read them (the account page shows each
 * component's weight); the KA Director changes them. A change is a new version of the segment's weights, put in
 * force at once through {@link Versions} (the version in force is archived, not overwritten), and the scores are
 * marked stale so that they are computed again under the new weights within a minute.
 */
@Stateless
public class HealthWeightsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** The weights in force, one per segment, in segment order. */
    @PermitAll
    public List<HealthWeights> active() {
        return new ArrayList<>(HealthRefresh.activeWeights(em).values());
    }

    /** Every version of one segment's weights, newest first. */
    @RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
    public List<HealthWeights> history(Quadrant segment) {
        List<HealthWeights> all = new ArrayList<>();
        for (LifecycleStatus status : LifecycleStatus.values()) {
            all.addAll(versions().withStatus(HealthWeights.class, scope(segment), status));
        }
        all.sort((a, b) -> Integer.compare(b.getNumber(), a.getNumber()));
        return all;
    }

    /**
     * Puts new weights and thresholds in force for {@code segment}, as a new version replacing the active one
     * (whose {@code expectedVersion} refuses a stale edit). Refused unless the weights switched on add up to 100.
     */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public HealthWeights change(Quadrant segment, long expectedVersion, Map<HealthComponent, Integer> weights,
                                int dropThreshold, int alertBelow) {
        HealthRules.checkWeights(weights, dropThreshold, alertBelow);
        HealthWeights current = HealthRefresh.activeWeights(em).get(segment);
        if (current != null) {
            OptimisticSave.expectVersion(current.getVersion(), expectedVersion);
        }
        HealthWeights draft = new HealthWeights(segment, versions().nextNumber(HealthWeights.class, scope(segment)),
                current);
        draft.setWeights(weights);
        draft.setDropThreshold(dropThreshold);
        draft.setAlertBelow(alertBelow);
        return versions().activate(HealthWeights.class, draft, scope(segment), AuditAction.HEALTH_WEIGHTS_CHANGED,
                () -> segment + " v" + draft.getNumber() + " " + weights.values() + ", drop " + dropThreshold
                        + ", alert below " + alertBelow);
    }

    private static VersionScope scope(Quadrant segment) {
        return VersionScope.all().and("segment", segment);
    }

    private Versions versions() {
        return new Versions(em, audit::record);
    }
}
