package com.kamplanner.strategy;

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

    /**
     * The account's database as it is stored, in one statement (rows, not entities: the template behind the
     * database is not read); nothing when it has none.
     */
    public static CitedEvidence load(EntityManager em, long accountId) {
        Map<String, String> values = new HashMap<>();
        Map<String, Instant> saved = new HashMap<>();
        for (Object row : em.createNativeQuery("select ds.section_key, dv.field_key, dv.field_value, ds.updated_at "
                        + "from database_section ds join ka_database kd on kd.id = ds.database_id "
                        + "left join database_value dv on dv.section_id = ds.id where kd.account_id = ?1")
                .setParameter(1, accountId).getResultList()) {
            Object[] cells = (Object[]) row;
            String section = (String) cells[0];
            if (cells[1] != null && cells[2] != null) {
                values.put(key(section, (String) cells[1]), (String) cells[2]);
            }
            Instant at = instant(cells[3]);
            if (at != null) {
                saved.put(section, at);
            }
        }
        return new CitedEvidence(values, saved);
    }

    private static Instant instant(Object cell) {
        if (cell instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (cell instanceof java.time.LocalDateTime local) {
            return java.sql.Timestamp.valueOf(local).toInstant();
        }
        if (cell instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return cell instanceof Instant at ? at : null;
    }

    /** The field's stored value now; null when blank or gone. */
    public String value(String sectionKey, String fieldKey) {
        return values.get(key(sectionKey, fieldKey));
    }

    /** When the field's section was last saved; null when never. */
    public Instant sectionSaved(String sectionKey) {
        return sectionsSaved.get(sectionKey);
    }

    /** The key of a field in the values given to the constructor: its section's key and its own. */
    public static String key(String sectionKey, String fieldKey) {
        return sectionKey + "/" + fieldKey;
    }
}
