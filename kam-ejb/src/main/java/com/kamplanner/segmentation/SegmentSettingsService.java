package com.kamplanner.segmentation;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The per-segment settings: everyone reads them (later features follow them), the KA Director changes them. */
@Stateless
public class SegmentSettingsService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @PermitAll
    public List<SegmentSetting> all() {
        return em.createQuery("select s from SegmentSetting s", SegmentSetting.class).getResultList().stream()
                .sorted(java.util.Comparator.comparing(SegmentSetting::getSegment)).toList();
    }

    /** Saves one segment's settings, refusing a stale edit. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public SegmentSetting save(SegmentSetting edited) {
        SegmentSetting saved = OptimisticSave.save(em, edited);
        audit.record(AuditAction.SEGMENT_SETTINGS_CHANGED, "SegmentSetting", saved.getSegment(),
                "review every " + saved.getReviewFrequencyMonths() + " months, full plan "
                        + saved.isFullPlanRequired() + ", sponsor " + saved.isSponsorRequired() + ", weight "
                        + saved.getCapacityWeight());
        return saved;
    }
}
