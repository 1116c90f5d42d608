package com.kamplanner.congruence;

import com.kamplanner.plan.ReviewCadence;
import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.StrategyTemplates;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The congruence rules as SQL, one set-based statement per rule, so the board counts and pages its lines in the
 * database whatever the size of the portfolio. Kept apart from the EJB so that tests run it on a migrated H2.
 * Every statement yields the same columns (rule, subject id and name, KAM name, figure), so that the rules are
 * counted in one statement and paged over as one list. The notions are those of the modules that own them: the capacity
 * load of {@code AssignmentService}, the target of {@code FrameworkService.targetFor} and {@code GapAnalysis},
 * the review date of {@code ReviewCadence}, the stale sections of {@code KeyAccountDatabaseService}, the strategy
 * templates in force of {@code StrategyTemplates} ({@code ComplianceRules}, the SQL twin of the Java check).
 */
public class RuleStatements {

    private static final String COLUMNS = " as rule_order, %s as subject_id, %s as subject_name, %s as kam_name, %s as figure ";
    private static final String NO_FIGURE = "cast(null as decimal(19, 2))";
    private static final String NO_NAME = "cast(null as varchar(120))";
    /** The segment that stands for the role's own profile (segment null) in the target profile join. */
    private static final String ROLE_PROFILE = "cast('-' as varchar(20))";
    private static final String ACCOUNT_FROM = "from account a left join app_user k on k.id = a.kam_id ";

    private final EntityManager em;
    private final BigDecimal capacity;
    private final LocalDate today;
    private final Map<Quadrant, Integer> reviewMonths;

    /**
     * @param capacity     the programme's KAM capacity ({@code ProgrammeSettings.kamCapacity})
     * @param today        the day staleness is judged on
     * @param reviewMonths each segment's review frequency, from its {@code SegmentSetting}
     */
    public RuleStatements(EntityManager em, BigDecimal capacity, LocalDate today, Map<Quadrant, Integer> reviewMonths) {
        this.em = em;
        this.capacity = capacity;
        this.today = today;
        this.reviewMonths = new EnumMap<>(Quadrant.class);
        this.reviewMonths.putAll(reviewMonths);
    }

    /**
     * The number of lines of every rule, rules without lines included (at 0): one statement of one scalar count per
     * rule, which databases plan rule by rule (a count over the union of all rules is twice as slow on H2).
     */
    public Map<CongruenceRule, Long> counts() {
        Statement statement = new Statement();
        statement.sql.append("select ");
        CongruenceRule[] rules = CongruenceRule.values();
        for (int i = 0; i < rules.length; i++) {
            statement.sql.append(i == 0 ? "" : ", ").append("(select count(*) from (");
            append(rules[i], statement);
            statement.sql.append(") x").append(i).append(')');
        }
        Query query = em.createNativeQuery(statement.sql.toString());
        statement.bind(query);
        Object[] cells = (Object[]) query.getSingleResult();
        Map<CongruenceRule, Long> counts = new EnumMap<>(CongruenceRule.class);
        for (int i = 0; i < rules.length; i++) {
            counts.put(rules[i], ((Number) cells[i]).longValue());
        }
        return counts;
    }

    /** The number of lines of one rule, or of all when {@code rule} is null. */
    public long count(CongruenceRule rule) {
        if (rule == null) {
            return counts().values().stream().mapToLong(Long::longValue).sum();
        }
        Statement statement = new Statement();
        statement.sql.append("select count(*) from (");
        append(rule, statement);
        statement.sql.append(") x");
        Query query = em.createNativeQuery(statement.sql.toString());
        statement.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** One page of lines of one rule (all rules when null), by rule, then name. */
    public List<CongruenceLine> lines(CongruenceRule rule, int first, int max) {
        return rule != null ? page(rule, first, max) : linesOfAll(counts(), first, max);
    }

    /**
     * One page over all rules, given their {@link #counts()}: the rules the page spans are each paged in the
     * database, so the page costs a query per rule it shows, whatever the number of lines.
     */
    public List<CongruenceLine> linesOfAll(Map<CongruenceRule, Long> counts, int first, int max) {
        List<CongruenceLine> lines = new ArrayList<>();
        long from = Math.max(first, 0);
        long to = from + Math.max(max, 0);
        long start = 0;
        for (CongruenceRule rule : CongruenceRule.values()) {
            long end = start + counts.getOrDefault(rule, 0L);
            long overlapFrom = Math.max(from, start);
            long overlapTo = Math.min(to, end);
            if (overlapFrom < overlapTo) {
                lines.addAll(page(rule, (int) (overlapFrom - start), (int) (overlapTo - overlapFrom)));
            }
            start = end;
        }
        return lines;
    }

    private List<CongruenceLine> page(CongruenceRule rule, int first, int max) {
        Statement statement = new Statement();
        statement.sql.append("select x.rule_order, x.subject_id, x.subject_name, x.kam_name, x.figure from (");
        append(rule, statement);
        String offset = statement.param(Math.max(first, 0));
        String limit = statement.param(Math.max(max, 0));
        statement.sql.append(") x order by x.subject_name, x.subject_id offset ").append(offset)
                .append(" rows fetch next ").append(limit).append(" rows only");
        Query query = em.createNativeQuery(statement.sql.toString());
        statement.bind(query);
        List<CongruenceLine> lines = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] cells = (Object[]) row;
            lines.add(new CongruenceLine(CongruenceRule.values()[((Number) cells[0]).intValue()],
                    ((Number) cells[1]).longValue(), (String) cells[2], (String) cells[3], decimal(cells[4])));
        }
        return lines;
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    private void append(CongruenceRule rule, Statement s) {
        String head = "select " + rule.ordinal();
        StringBuilder sql = s.sql;
        switch (rule) {
            case ACCOUNT_WITHOUT_KAM -> sql.append(head).append(accountColumns(NO_FIGURE)).append(ACCOUNT_FROM)
                    .append("where a.key_account = true and a.kam_id is null");
            case ACCOUNT_WITHOUT_TEAM -> sql.append(head).append(accountColumns(NO_FIGURE)).append(ACCOUNT_FROM)
                    .append("where a.key_account = true and not exists (select 1 from ka_team_member t "
                            + "where t.account_id = a.id)");
            case ACCOUNT_WITHOUT_SPONSOR -> sql.append(head).append(accountColumns(NO_FIGURE)).append(ACCOUNT_FROM)
                    .append("where a.key_account = true and a.sponsor_id is null and exists (select 1 from "
                            + "segment_setting s where s.segment = a.segment and s.sponsor_required = true)");
            case KAM_OVER_CAPACITY -> sql.append(head).append(String.format(COLUMNS, "u.id", "u.display_name", NO_NAME,
                            "cast(l.kam_load as decimal(19, 2))"))
                    .append("from app_user u join (select a.kam_id as kam_id, sum(coalesce(s.capacity_weight, 1)) "
                            + "as kam_load from account a left join segment_setting s on s.segment = a.segment "
                            + "where a.kam_id is not null group by a.kam_id) l on l.kam_id = u.id where l.kam_load > ")
                    .append(s.param(capacity));
            case KAM_BELOW_TARGET_PROFILE -> sql.append(head).append(String.format(COLUMNS, "u.id", "u.display_name",
                            NO_NAME, "cast(g.below as decimal(19, 2))"))
                    .append("from app_user u join (select tg.kam_id as kam_id, count(*) as below from ("
                            // the target per KAM and competency: the strictest of the role's profile and the
                            // profiles of the segments of the key accounts they hold, in the active framework
                            + "select s.kam_id as kam_id, t.code as code, max(t.required) as required from ("
                            // the profiles that apply to each enabled KAM: the role's, and one per segment held
                            // (a join on segments rather than an EXISTS per KAM and profile)
                            + "select kr.user_id as kam_id, " + ROLE_PROFILE + " as segment from app_user_role kr "
                            + "join app_user ku on ku.id = kr.user_id and ku.enabled = true where kr.role = 'KAM' "
                            + "union all select ha.kam_id, ha.segment from account ha "
                            + "join app_user ku on ku.id = ha.kam_id and ku.enabled = true "
                            + "join app_user_role kr on kr.user_id = ku.id and kr.role = 'KAM' "
                            + "where ha.key_account = true and ha.segment is not null "
                            + "group by ha.kam_id, ha.segment) s "
                            // the levels of the active framework's KAM profiles, on competencies it still has
                            + "join (select coalesce(tp.segment, " + ROLE_PROFILE + ") as segment, "
                            + "tl.competency_code as code, tl.required_level as required from target_profile tp "
                            + "join competency_framework f on f.id = tp.framework_id and f.status = 'ACTIVE' "
                            + "join target_level tl on tl.target_profile_id = tp.id where tp.role_name = 'KAM' "
                            + "and exists (select 1 from competency c join competency_area ca on ca.id = c.area_id "
                            + "where ca.framework_id = f.id and c.code = tl.competency_code)) t on t.segment = s.segment "
                            + "group by s.kam_id, t.code) tg "
                            // each KAM's latest validated assessment (the latest validation, then the highest id),
                            // found once per KAM by grouping instead of a NOT EXISTS per KAM and competency
                            + "left join (select x.kam_id as kam_id, max(x.id) as id from competency_assessment x "
                            + "join (select v.kam_id as kam_id, max(v.validated_at) as validated_at "
                            + "from competency_assessment v where v.status = 'VALIDATED' group by v.kam_id) l "
                            + "on l.kam_id = x.kam_id and l.validated_at = x.validated_at "
                            + "where x.status = 'VALIDATED' group by x.kam_id) la on la.kam_id = tg.kam_id "
                            // its final levels; never rated counts as 0
                            + "left join assessment_rating r on r.assessment_id = la.id and r.competency_code = tg.code "
                            + "where tg.required > coalesce(r.final_level, 0) group by tg.kam_id) g on g.kam_id = u.id");
            case PLAN_BELOW_COMPLIANCE -> sql.append(head).append(accountColumns(NO_FIGURE)).append(ACCOUNT_FROM)
                    .append("where a.key_account = true and exists (select 1 from segment_setting s "
                            + "where s.segment = a.segment and s.full_plan_required = true) "
                            + "and not exists (select 1 from key_account_plan p join plan_version v on v.plan_id = p.id "
                            + "where p.account_id = a.id and v.status in ('SUBMITTED', 'APPROVED', 'SUPERSEDED'))");
            case PLAN_STALE -> sql.append(head).append(accountColumns(NO_FIGURE))
                    .append("from key_account_plan p join account a on a.id = p.account_id "
                            + "left join app_user k on k.id = a.kam_id "
                            + "where exists (select 1 from plan_version v where v.plan_id = p.id) "
                            + "and coalesce((select max(v.approved_at) from plan_version v where v.plan_id = p.id), "
                            + "p.created_at) < ")
                    .append(planStaleBefore(s));
            case PLAN_AWAITING_REVIEW -> sql.append(head).append(accountColumns("cast(v.version_number as decimal(19, 2))"))
                    .append("from plan_version v join key_account_plan p on p.id = v.plan_id "
                            + "join account a on a.id = p.account_id left join app_user k on k.id = a.kam_id "
                            + "where v.status = 'SUBMITTED' and v.version_number = "
                            + "(select max(w.version_number) from plan_version w where w.plan_id = p.id)");
            case DATABASE_STALE_SECTIONS -> sql.append(head).append(accountColumns("cast(count(*) as decimal(19, 2))"))
                    .append("from database_section ds join ka_database d on d.id = ds.database_id "
                            + "join account a on a.id = d.account_id left join app_user k on k.id = a.kam_id "
                            + "where ds.updated_at < ").append(sectionStaleBefore(s))
                    .append(" group by a.id, a.name, k.display_name");
            // Started strategies only: an account without one yet is the KAM's work list, not a drift.
            case STRATEGY_NOT_COMPLIANT -> sql.append(head).append(accountColumns(NO_FIGURE)).append(ACCOUNT_FROM)
                    .append("join strategy s on s.account_id = a.id where a.key_account = true and not ")
                    .append(StrategyTemplates.rules(em).noIssueSql());
            // the stored score (health.HealthRefresh) below its segment's active alert threshold (HealthRules.below)
            case HEALTH_BELOW_THRESHOLD -> sql.append(head).append(accountColumns("cast(h.score as decimal(19, 2))"))
                    .append("from account_health h join account a on a.id = h.account_id "
                            + "left join app_user k on k.id = a.kam_id "
                            + "join health_weights w on w.segment = coalesce(a.segment, 'STRATEGIC') and w.status = 'ACTIVE' "
                            + "where a.key_account = true and h.score is not null and h.score < w.alert_below");
            default -> throw new IllegalStateException(rule.name());
        }
    }

    private static String accountColumns(String figure) {
        return String.format(COLUMNS, "a.id", "a.name", "k.display_name", figure);
    }

    /**
     * A plan is stale when its review date, {@link ReviewCadence#nextReview} from its last approval (its creation
     * when never approved), is past: the same as its base date falling before the first date that is not stale yet.
     */
    private String planStaleBefore(Statement s) {
        StringBuilder cases = new StringBuilder("case");
        for (Quadrant segment : Quadrant.values()) {
            Integer months = reviewMonths.get(segment);
            if (months != null) {
                cases.append(" when a.segment = '").append(segment.name()).append("' then ")
                        .append(timestamp(s, startOfDay(firstNotStale(months), ZoneId.systemDefault())));
            }
        }
        return cases.append(" else ").append(timestamp(s, startOfDay(firstNotStale(ReviewCadence.DEFAULT_MONTHS),
                ZoneId.systemDefault()))).append(" end").toString();
    }

    /** A section is stale when saved before the start of the day (UTC) its segment's review period ago. */
    private String sectionStaleBefore(Statement s) {
        StringBuilder cases = new StringBuilder("case");
        boolean any = false;
        for (Quadrant segment : Quadrant.values()) {
            Integer months = reviewMonths.get(segment);
            if (months != null && months > 0) {
                any = true;
                cases.append(" when a.segment = '").append(segment.name()).append("' then ")
                        .append(timestamp(s, startOfDay(today.minusMonths(months), ZoneOffset.UTC)));
            }
        }
        return any ? cases.append(" end").toString() : "ds.updated_at";
    }

    /** The first base date whose review date is not past today; every earlier base date gives a stale plan. */
    LocalDate firstNotStale(int months) {
        LocalDate base = today.minusMonths(months).minusDays(4);
        while (ReviewCadence.isStale(ReviewCadence.nextReview(base, base, months), today)) {
            base = base.plusDays(1);
        }
        return base;
    }

    /** A timestamp parameter typed in the SQL: PostgreSQL cannot infer the type of a parameter inside a case. */
    private static String timestamp(Statement s, Timestamp value) {
        return "cast(" + s.param(value) + " as timestamp)";
    }

    private static Timestamp startOfDay(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    /** SQL text with its positional parameters, numbered as they are added. */
    private static final class Statement {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> params = new ArrayList<>();

        String param(Object value) {
            params.add(value);
            return "?" + params.size();
        }

        void bind(Query query) {
            for (int i = 0; i < params.size(); i++) {
                query.setParameter(i + 1, params.get(i));
            }
        }
    }
}
