package com.kamplanner.health;

import com.kamplanner.people.Role;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Account health at the executive's glance: per segment and per KAM, the average stored score and how many key
 * accounts are healthy, at risk, critical or unknown ({@link HealthBand}). Two grouped statements over the stored
 * scores, whatever the portfolio's size.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
public class HealthGlance {

    /**
     * The columns of a health line over {@code account_health h} left-joined to the accounts of a group: the average
     * known score, then how many are healthy, at risk, critical and unknown; for other features' grouped statements.
     */
    public static final String BANDS = "avg(cast(h.score as decimal(9, 2))), "
            + "sum(case when h.score >= " + HealthBand.HEALTHY_FROM + " then 1 else 0 end), "
            + "sum(case when h.score >= " + HealthBand.AT_RISK_FROM + " and h.score < " + HealthBand.HEALTHY_FROM
            + " then 1 else 0 end), sum(case when h.score < " + HealthBand.AT_RISK_FROM + " then 1 else 0 end), "
            + "sum(case when h.score is null then 1 else 0 end) ";

    private static final String BY_SEGMENT = "select a.segment, " + BANDS + "from account a "
            + "left join account_health h on h.account_id = a.id where a.key_account = true "
            + "group by a.segment order by a.segment";

    private static final String BY_KAM = "select k.display_name, " + BANDS + "from account a "
            + "left join app_user k on k.id = a.kam_id left join account_health h on h.account_id = a.id "
            + "where a.key_account = true group by k.id, k.display_name order by k.display_name";

    /** One line of the glance: a segment's or a KAM's name (null: none), average and counts per band. */
    public record Line(String group, Integer average, long healthy, long atRisk, long critical, long unknown)
            implements Serializable {

        public String getGroup() {
            return group;
        }

        public Integer getAverage() {
            return average;
        }

        public long getHealthy() {
            return healthy;
        }

        public long getAtRisk() {
            return atRisk;
        }

        public long getCritical() {
            return critical;
        }

        public long getUnknown() {
            return unknown;
        }
    }

    @PersistenceContext
    EntityManager em;

    /** By segment, the segment as its {@link Quadrant} name (null for key accounts without one). */
    public List<Line> bySegment() {
        return lines(BY_SEGMENT);
    }

    /** By KAM, by name (null for key accounts without a KAM). */
    public List<Line> byKam() {
        return lines(BY_KAM);
    }

    static List<Line> lines(EntityManager em, String sql) {
        List<Line> lines = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] c = (Object[]) row;
            lines.add(new Line((String) c[0], c[1] == null ? null : (int) Math.round(((Number) c[1]).doubleValue()),
                    count(c[2]), count(c[3]), count(c[4]), count(c[5])));
        }
        return lines;
    }

    private List<Line> lines(String sql) {
        return lines(em, sql);
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
