package com.kamplanner.strategy;

import com.kamplanner.situation.DatabaseSection;
import com.kamplanner.situation.KeyAccountDatabase;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What the fields of one account's Key Account Database hold now, and when each section was last saved: what
 * {@link StrategyRules#evidenceChanges} compares the citations' baselines with. Read in a few statements, with no
 * rights of its own: the strategy's services call it after their own checks.
 */
public final class CitedEvidence implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> values;
    private final Map<String, Instant> sectionsSaved;

    public CitedEvidence(Map<String, String> values, Map<String, Instant> sectionsSaved) {
        this.values = Map.copyOf(values);
        this.sectionsSaved = new HashMap<>(sectionsSaved);
    }

    /** The account's database as it is stored; nothing when it has none. */
    public static CitedEvidence load(EntityManager em, long accountId) {
        Map<String, String> values = new HashMap<>();
        Map<String, Instant> saved = new HashMap<>();
        for (KeyAccountDatabase database : em.createQuery("select d from KeyAccountDatabase d "
                + "where d.account.id = :account", KeyAccountDatabase.class).setParameter("account", accountId)
                .getResultList()) {
            for (DatabaseSection section : database.getSections()) {
                section.getValues().forEach((field, value) -> values.put(key(section.getKey(), field), value));
                if (section.getUpdatedAt() != null) {
                    saved.put(section.getKey(), section.getUpdatedAt());
                }
            }
        }
        return new CitedEvidence(values, saved);
    }

    /** The field's stored value now; null when blank or gone. */
    public String value(String sectionKey, String fieldKey) {
        return values.get(key(sectionKey, fieldKey));
    }

    /** When the field's section was last saved; null when never. */
    public Instant sectionSaved(String sectionKey) {
        return sectionsSaved.get(sectionKey);
    }

    static String key(String sectionKey, String fieldKey) {
        return sectionKey + "/" + fieldKey;
    }
}
