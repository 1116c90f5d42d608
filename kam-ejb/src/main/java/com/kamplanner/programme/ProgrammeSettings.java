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

    /**
     * After how many days without contact a decision maker of a key account's stakeholder map is no longer fresh:
     * the KAM's work list flags them (and the account-health and relationship views read the same setting).
     */
    public static final String STAKEHOLDER_FRESHNESS = "stakeholder.freshness.days";
    public static final int DEFAULT_STAKEHOLDER_FRESHNESS = 90;
    public static final String INVALID_FRESHNESS = "programme.freshness.invalid";

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
        store(KAM_CAPACITY, capacity.toPlainString());
        audit.record(AuditAction.PROGRAMME_CAPACITY_CHANGED, "ProgrammeSetting", KAM_CAPACITY,
                capacity.toPlainString());
    }

    @PermitAll
    public int stakeholderFreshnessDays() {
        ProgrammeSetting setting = em.find(ProgrammeSetting.class, STAKEHOLDER_FRESHNESS);
        return setting == null ? DEFAULT_STAKEHOLDER_FRESHNESS : Integer.parseInt(setting.getValue());
    }

    /** From a week to two years. */
    @RolesAllowed(Role.Names.KA_DIRECTOR)
    public void setStakeholderFreshnessDays(Integer days) {
        if (days == null || days < 7 || days > 730) {
            throw new BusinessRuleException(INVALID_FRESHNESS);
        }
        store(STAKEHOLDER_FRESHNESS, days.toString());
        audit.record(AuditAction.PROGRAMME_FRESHNESS_CHANGED, "ProgrammeSetting", STAKEHOLDER_FRESHNESS,
                days.toString());
    }

    private void store(String name, String value) {
        ProgrammeSetting setting = em.find(ProgrammeSetting.class, name);
        if (setting == null) {
            em.persist(new ProgrammeSetting(name, value));
        } else {
            setting.setValue(value);
        }
    }
}
