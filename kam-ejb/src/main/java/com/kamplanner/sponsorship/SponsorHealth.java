package com.kamplanner.sponsorship;

import com.kamplanner.health.HealthBand;
import com.kamplanner.health.HealthGlance;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The health of one executive's sponsored key accounts, from the scores the health issue stores
 * ({@code account_health}): the average of the known scores (null: none known, shown as unknown, never 0) and how
 * many are at risk, critical or unknown by {@link HealthBand}. Read for every sponsor at once by one grouped
 * statement.
 */
public record SponsorHealth(Integer average, int healthy, int atRisk, int critical, int unknown)
        implements Serializable {

    /** A sponsor without any key account: nothing known, nothing counted. */
    public static final SponsorHealth NONE = new SponsorHealth(null, 0, 0, 0, 0);

    /** The health columns of {@link HealthGlance}, per sponsor over their key accounts. */
    private static final String BY_SPONSOR = "select a.sponsor_id, " + HealthGlance.BANDS + "from account a "
            + "left join account_health h on h.account_id = a.id where a.key_account = true and a.sponsor_id in (%s) "
            + "group by a.sponsor_id";

    /** Per sponsor among {@code sponsorIds}, the health of the key accounts they sponsor; absent: none. */
    public static Map<Long, SponsorHealth> bySponsor(EntityManager em, Collection<Long> sponsorIds) {
        Map<Long, SponsorHealth> health = new HashMap<>();
        if (sponsorIds.isEmpty()) {
            return health;
        }
        // Ids are numbers from the database, written in as numbers: a native statement takes no list parameter.
        String ids = sponsorIds.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", "));
        for (Object row : em.createNativeQuery(BY_SPONSOR.formatted(ids)).getResultList()) {
            Object[] r = (Object[]) row;
            health.put(((Number) r[0]).longValue(), new SponsorHealth(
                    r[1] == null ? null : (int) Math.round(((Number) r[1]).doubleValue()),
                    count(r[2]), count(r[3]), count(r[4]), count(r[5])));
        }
        return health;
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** The band the average reads in: unknown when no score is known. */
    public HealthBand band() {
        return HealthBand.of(average);
    }

    // Bean getters for the page: Jakarta EL 5 does not read record components as properties.

    public Integer getAverage() {
        return average;
    }

    public String getBandClass() {
        return band().styleClass();
    }

    public int getAtRisk() {
        return atRisk;
    }

    public int getCritical() {
        return critical;
    }

    public int getUnknown() {
        return unknown;
    }
}
