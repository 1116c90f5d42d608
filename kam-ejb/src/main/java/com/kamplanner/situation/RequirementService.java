package com.kamplanner.situation;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The KA Director sets the compliance required of each segment's Key Account Databases: a minimum overall
 * completeness and fields mandatory for that segment. Completeness then counts them for the segment's accounts.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class RequirementService {

    public static final String RANGE = "situation.requirement.invalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** One requirement per segment, unsaved (version 0, nothing required) where none is set yet. */
    public List<DatabaseRequirement> requirements() {
        List<DatabaseRequirement> all = new ArrayList<>();
        for (Quadrant segment : Quadrant.values()) {
            DatabaseRequirement stored = em.find(DatabaseRequirement.class, segment);
            all.add(stored != null ? stored : new DatabaseRequirement(segment));
        }
        return all;
    }

    /** Saves a segment's requirement; {@code loadedVersion} is 0 for one never saved (stored versions start at 1). */
    public DatabaseRequirement save(Quadrant segment, long loadedVersion, int minimumCompleteness,
                                    Set<String> requiredFields) {
        if (minimumCompleteness < 0 || minimumCompleteness > 100) {
            throw new BusinessRuleException(RANGE);
        }
        DatabaseRequirement requirement = em.find(DatabaseRequirement.class, segment);
        long current = requirement == null ? 0 : requirement.getVersion();
        OptimisticSave.expectVersion(current, loadedVersion);
        if (requirement == null) {
            requirement = new DatabaseRequirement(segment);
            em.persist(requirement);
        }
        requirement.setMinimumCompleteness(minimumCompleteness);
        requirement.setRequiredFields(requiredFields);
        OptimisticSave.flush(em);
        audit.record(AuditAction.SITUATION_REQUIREMENT, "Segment", segment.name(), minimumCompleteness + " %, "
                + requiredFields.size() + " extra mandatory field(s)");
        return requirement;
    }
}
