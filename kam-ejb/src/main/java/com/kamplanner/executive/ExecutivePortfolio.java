package com.kamplanner.executive;

import com.kamplanner.people.Role;
import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.selection.Quadrant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio at a glance for executives and the KA Director: every figure is a grouped query in the database
 * ({@code count}, {@code sum ... group by}), never a loop over entities, so that the page answers at once with
 * 10,000 accounts.
 *
 * <p><b>Revenue indicators.</b> A strategic objective of a key account's strategy whose indicator unit is the
 * programme's currency ({@value #REVENUE_UNIT}) is a revenue objective: its indicator target is the revenue
 * target, and its latest {@code IndicatorActual} (by period end) is the revenue actual. Only strategic
 * objectives count, so that an operational sub-objective measured in euros is not added twice to its parent;
 * indicators in another currency are left out rather than summed with euros.
 *
 * <p><b>Plan standing.</b> Approved: the plan has at least one approved version. Missing: the key account has
 * no Key Account Plan. Stale: the plan's last approval (its creation when never approved) is older than its
 * segment's review frequency ({@link ReviewCadence}, {@link SegmentSetting}). The database compares the last
 * approval with today minus the frequency in months, an approximation of {@link ReviewCadence#isStale}
 * that can differ by a day when the approval fell on the 29th to 31st of a month.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
public class ExecutivePortfolio {

    /** The unit that makes an indicator a revenue indicator. */
    public static final String REVENUE_UNIT = "EUR";

    static final String REVENUE_OBJECTIVE = "o.objective_level = 'STRATEGIC' and upper(o.indicator_unit) = '"
            + REVENUE_UNIT + "' and a.key_account = true";

    @PersistenceContext
    EntityManager em;

    /** The whole page's figures in one call: per segment and per KAM. */
    public PortfolioGlance glance() {
        LocalDate today = LocalDate.now();
        Map<Quadrant, BigDecimal[]> revenue = new HashMap<>();
        Map<Long, KamRevenue> perKam = new HashMap<>();
        for (Object[] row : revenuePerSegmentAndKam()) {
            Quadrant segment = row[0] == null ? null : Quadrant.valueOf((String) row[0]);
            Long kamId = row[1] == null ? null : ((Number) row[1]).longValue();
            BigDecimal target = decimal(row[4]);
            BigDecimal actual = decimal(row[5]);
            revenue.merge(segment, new BigDecimal[] {target, actual},
                    (x, y) -> new BigDecimal[] {x[0].add(y[0]), x[1].add(y[1])});
            perKam.merge(kamId, new KamRevenue((String) row[2], number(row[3]), target, actual),
                    (x, y) -> new KamRevenue(x.kamName(), x.revenueObjectives() + y.revenueObjectives(),
                            x.revenueTarget().add(y.revenueTarget()), x.revenueActual().add(y.revenueActual())));
        }
        List<SegmentFigures> segments = new ArrayList<>();
        for (Object[] row : plansPerSegment(today)) {
            Quadrant segment = row[0] == null ? null : Quadrant.valueOf((String) row[0]);
            long keyAccounts = number(row[1]);
            long plans = number(row[2]);
            BigDecimal[] money = revenue.getOrDefault(segment, new BigDecimal[] {decimal(null), decimal(null)});
            segments.add(new SegmentFigures(segment, keyAccounts, number(row[3]), number(row[4]), keyAccounts - plans,
                    money[0], money[1]));
        }
        segments.sort(Comparator.comparing(SegmentFigures::segment, Comparator.nullsLast(Comparator.naturalOrder())));
        List<KamRevenue> kams = new ArrayList<>(perKam.values());
        kams.sort(Comparator.comparing(KamRevenue::kamName, Comparator.nullsLast(Comparator.naturalOrder())));
        return new PortfolioGlance(today, segments, kams);
    }

    /** Key-account revenue per year from the revenue indicators: the last actual of each objective in each year. */
    public Map<Integer, BigDecimal> revenueByYear() {
        List<?> rows = em.createNativeQuery("select extract(year from ia.period_end), sum(ia.actual_value) "
                + "from indicator_actual ia join objective o on o.id = ia.objective_id "
                + "join strategy s on s.id = o.strategy_id join account a on a.id = s.account_id "
                + "where " + REVENUE_OBJECTIVE + " and ia.period_end = (select max(x.period_end) "
                + "from indicator_actual x where x.objective_id = ia.objective_id "
                + "and extract(year from x.period_end) = extract(year from ia.period_end)) "
                + "group by extract(year from ia.period_end) order by 1").getResultList();
        Map<Integer, BigDecimal> byYear = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            byYear.put((int) number(cells[0]), decimal(cells[1]));
        }
        return byYear;
    }

    /**
     * Our sales over the last twelve months with the key accounts whose record is in EUR, from the account
     * records (CRM import); accounts in another currency are left out rather than added unconverted.
     */
    public BigDecimal keyAccountSalesLast12Months() {
        BigDecimal sum = em.createQuery("select sum(a.ourSalesLast12Months) from Account a "
                + "where a.keyAccount = true and a.currency = :eur", BigDecimal.class)
                .setParameter("eur", REVENUE_UNIT).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /**
     * Revenue target and latest actual summed per segment and KAM in one grouped query (at most four segments
     * times the KAMs); the segment and KAM totals add these few rows up.
     */
    private List<Object[]> revenuePerSegmentAndKam() {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery("select t.segment, t.kam_id, u.display_name, count(*), "
                + "sum(t.target), sum(t.actual) from (select a.segment, a.kam_id, o.indicator_target as target, "
                + "(select ia.actual_value from indicator_actual ia where ia.objective_id = o.id "
                + "and ia.period_end = (select max(x.period_end) from indicator_actual x "
                + "where x.objective_id = o.id)) as actual "
                + "from objective o join strategy s on s.id = o.strategy_id join account a on a.id = s.account_id "
                + "where " + REVENUE_OBJECTIVE + ") t left join app_user u on u.id = t.kam_id "
                + "group by t.segment, t.kam_id, u.display_name").getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /** Per segment: key accounts, those with a plan, with an approved version, and stale plans. */
    private List<Object[]> plansPerSegment(LocalDate today) {
        Map<Quadrant, Integer> months = new EnumMap<>(Quadrant.class);
        em.createQuery("select s from SegmentSetting s", SegmentSetting.class).getResultList()
                .forEach(s -> months.put(s.getSegment(), s.getReviewFrequencyMonths()));
        StringBuilder cutoff = new StringBuilder("case t.segment");
        List<Timestamp> cutoffs = new ArrayList<>();
        for (Quadrant q : Quadrant.values()) {
            // Typed, because PostgreSQL cannot infer a parameter's type inside CASE and would compare it as text.
            cutoff.append(" when '").append(q.name()).append("' then cast(?").append(cutoffs.size() + 1)
                    .append(" as timestamp)");
            cutoffs.add(cutoffFor(today, months.getOrDefault(q, ReviewCadence.DEFAULT_MONTHS)));
        }
        cutoff.append(" else cast(?").append(cutoffs.size() + 1).append(" as timestamp) end");
        cutoffs.add(cutoffFor(today, ReviewCadence.DEFAULT_MONTHS));
        Query query = em.createNativeQuery("select t.segment, count(*), count(t.plan_id), "
                + "sum(case when t.last_approval is not null then 1 else 0 end), "
                + "sum(case when t.plan_id is not null and coalesce(t.last_approval, t.created_at) < " + cutoff
                + " then 1 else 0 end) "
                + "from (select a.segment, p.id as plan_id, p.created_at, (select max(v.approved_at) "
                + "from plan_version v where v.plan_id = p.id) as last_approval "
                + "from account a left join key_account_plan p on p.account_id = a.id "
                + "where a.key_account = true) t group by t.segment");
        for (int i = 0; i < cutoffs.size(); i++) {
            query.setParameter(i + 1, cutoffs.get(i));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    /** A plan whose base date is before this instant is past its review date today. */
    static Timestamp cutoffFor(LocalDate today, int frequencyMonths) {
        return Timestamp.valueOf(today.minusMonths(frequencyMonths > 0 ? frequencyMonths
                : ReviewCadence.DEFAULT_MONTHS).atStartOfDay());
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        BigDecimal d = value == null ? BigDecimal.ZERO
                : value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
