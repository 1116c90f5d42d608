package com.kamplanner.programme;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/** Reads the programme-wide settings for everyone, and lets the KA Director change them. */
@Stateless
public class ProgrammeSettings {

    /** The most capacity points of key accounts one KAM may hold (see {@code SegmentSetting#capacityWeight}). */
    public static final String KAM_CAPACITY = "kam.capacity";
    public static final String INVALID_CAPACITY = "programme.capacity.invalid";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @PermitAll
    public BigDecimal kamCapacity() {
        ProgrammeSetting setting = em.find(ProgrammeSetting.class, KAM_CAPACITY);
        return setting == null ? BigDecimal.TEN : new BigDecimal(setting.getValue());
    }

    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public void setKamCapacity(BigDecimal capacity) {
        if (capacity == null || capacity.signum() <= 0 || capacity.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new BusinessRuleException(INVALID_CAPACITY);
        }
        ProgrammeSetting setting = em.find(ProgrammeSetting.class, KAM_CAPACITY);
        if (setting == null) {
            em.persist(new ProgrammeSetting(KAM_CAPACITY, capacity.toPlainString()));
        } else {
            setting.setValue(capacity.toPlainString());
        }
        audit.record(AuditAction.PROGRAMME_CAPACITY_CHANGED, "ProgrammeSetting", KAM_CAPACITY,
                capacity.toPlainString());
    }
}
