package com.kamplanner.programme;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import com.kamplanner.security.ThrottleSettings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PermitAll
    public BigDecimal kamCapacity() {
        return StoredSettings.value(em, transactions, KAM_CAPACITY).map(BigDecimal::new).orElse(BigDecimal.TEN);
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
        return StoredSettings.value(em, transactions, STAKEHOLDER_FRESHNESS).map(Integer::parseInt)
                .orElse(DEFAULT_STAKEHOLDER_FRESHNESS);
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

    /**
     * Login throttling's thresholds ({@link ThrottleSettings}), each its own setting, read in one statement; a
     * setting never stored keeps its default.
     */
    @PermitAll
    public ThrottleSettings throttling() {
        Map<String, String> stored = em.createQuery("select s from ProgrammeSetting s where s.name in :names",
                        ProgrammeSetting.class)
                .setParameter("names", List.of(ThrottleSettings.USER_FAILURES, ThrottleSettings.ADDRESS_NAMES,
                        ThrottleSettings.WINDOW_MINUTES, ThrottleSettings.BLOCK_SECONDS))
                .getResultStream().collect(Collectors.toMap(ProgrammeSetting::getName, ProgrammeSetting::getValue));
        ThrottleSettings defaults = ThrottleSettings.DEFAULTS;
        return new ThrottleSettings(
                number(stored, ThrottleSettings.USER_FAILURES, defaults.userFailures()),
                number(stored, ThrottleSettings.ADDRESS_NAMES, defaults.addressNames()),
                number(stored, ThrottleSettings.WINDOW_MINUTES, defaults.windowMinutes()),
                number(stored, ThrottleSettings.BLOCK_SECONDS, defaults.blockSeconds()));
    }

    /** The administrator's, since login throttling is about the application's security, not the programme's rules. */
    @RolesAllowed(Role.Names.ADMIN)
    public void setThrottling(ThrottleSettings throttling) {
        if (throttling == null) {
            throw new BusinessRuleException(ThrottleSettings.INVALID);
        }
        throttling.checked();
        store(ThrottleSettings.USER_FAILURES, Integer.toString(throttling.userFailures()));
        store(ThrottleSettings.ADDRESS_NAMES, Integer.toString(throttling.addressNames()));
        store(ThrottleSettings.WINDOW_MINUTES, Integer.toString(throttling.windowMinutes()));
        store(ThrottleSettings.BLOCK_SECONDS, Integer.toString(throttling.blockSeconds()));
        audit.record(AuditAction.PROGRAMME_THROTTLING_CHANGED, "ProgrammeSetting", "login.throttle",
                throttling.toString());
    }

    private static int number(Map<String, String> stored, String name, int fallback) {
        try {
            return stored.containsKey(name) ? Integer.parseInt(stored.get(name).trim()) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private void store(String name, String value) {
        ProgrammeSetting setting = em.find(ProgrammeSetting.class, name);
        if (setting == null) {
            em.persist(new ProgrammeSetting(name, value));
        } else {
            setting.setValue(value);
        }
        StoredSettings.stored(transactions, name, value);
    }
}
