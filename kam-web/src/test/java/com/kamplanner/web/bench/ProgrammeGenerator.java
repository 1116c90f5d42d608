package com.kamplanner.web.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Companion of {@link PortfolioGenerator} for the programme boards: on the generated key accounts it adds what the
 * congruence board and compliance by KAM read: strategies with objectives, action programmes and
 * {@value #ACTION_PLANS} action plans, Key Account Plans with versions (working, submitted, approved), KA team
 * memberships, executive sponsors and Key Account Database sections of varied age. Plain JDBC batches, ids far
 * above the application's sequences, seeded so that every run gets the same data; it leaves the accounts that
 * would be out of line (no team, no sponsor, stale) in plausible proportions.
 */
public final class ProgrammeGenerator {

    static final int ACTION_PLANS = 100_000;
    private static final long FIRST_ID = PortfolioGenerator.FIRST_ID;
    private static final int EXECUTIVES = 20;
    private static final int BATCH = 2000;
    private static final List<String> SECTIONS = List.of("general", "organisation", "needs", "relationship",
            "competition", "history");

    private ProgrammeGenerator() {
    }

    /** Adds the programme's documents to the generated key accounts, unless they are there already. */
    public static void generate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            if (count(c, "select count(*) from action_plan where id >= " + FIRST_ID) >= ACTION_PLANS) {
                return;
            }
            List<long[]> keyAccounts = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select id, kam_id from account where id >= ? "
                    + "and key_account = true order by id")) {
                q.setLong(1, FIRST_ID);
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        keyAccounts.add(new long[] {r.getLong(1), r.getLong(2)});
                    }
                }
            }
            Long template = firstId(c, "select id from document_template where kind = 'KEY_ACCOUNT_DATABASE' "
                    + "order by id");
            Random random = new Random(7);
            Timestamp now = Timestamp.from(Instant.now());
            executives(c, now);
            people(c, keyAccounts, random);
            strategies(c, keyAccounts, random, now);
            followUp(c, now);
            plans(c, keyAccounts, random, now);
            if (template != null) {
                databases(c, keyAccounts, template, random, now);
            }
            c.commit();
            c.setAutoCommit(autoCommit);
        }
    }

    private static void executives(Connection c, Timestamp now) throws SQLException {
        try (PreparedStatement user = c.prepareStatement("insert into app_user (id, username, display_name, "
                + "password_hash, enabled, external, created_at, version) values (?, ?, ?, 'x', true, false, ?, 1)");
             PreparedStatement role = c.prepareStatement("insert into app_user_role (user_id, role) values (?, 'EXECUTIVE')")) {
            for (int e = 0; e < EXECUTIVES; e++) {
                long id = FIRST_ID + 900_000 + e;
                user.setLong(1, id);
                user.setString(2, "bench.exec" + e);
                user.setString(3, "Bench Executive " + e);
                user.setTimestamp(4, now);
                user.addBatch();
                role.setLong(1, id);
                role.addBatch();
            }
            user.executeBatch();
            role.executeBatch();
        }
    }

    /** Teams for four key accounts in five (a colleague KAM as member), sponsors for most accounts. */
    private static void people(Connection c, List<long[]> keyAccounts, Random random) throws SQLException {
        int kams = count(c, "select count(*) from app_user where id >= " + FIRST_ID + " and id < " + (FIRST_ID + 900_000));
        try (PreparedStatement team = c.prepareStatement("insert into ka_team_member (id, account_id, user_id, "
                + "team_role, version) values (?, ?, ?, 'Bench role', 1)");
             PreparedStatement sponsor = c.prepareStatement("update account set sponsor_id = ? where id = ?")) {
            int n = 0;
            for (long[] account : keyAccounts) {
                if (random.nextInt(5) != 0) {
                    long member = FIRST_ID + random.nextInt(kams);
                    if (member != account[1]) {
                        team.setLong(1, account[0]);
                        team.setLong(2, account[0]);
                        team.setLong(3, member);
                        team.addBatch();
                    }
                }
                if (random.nextInt(10) < 7) {
                    sponsor.setLong(1, FIRST_ID + 900_000 + random.nextInt(EXECUTIVES));
                    sponsor.setLong(2, account[0]);
                    sponsor.addBatch();
                }
                if (++n % BATCH == 0) {
                    team.executeBatch();
                    sponsor.executeBatch();
                }
            }
            team.executeBatch();
            sponsor.executeBatch();
        }
    }

    /** One strategy per key account with three objectives, programmes and, in all, {@value #ACTION_PLANS} plans. */
    private static void strategies(Connection c, List<long[]> keyAccounts, Random random, Timestamp now)
            throws SQLException {
        int plansPerAccount = (ACTION_PLANS + keyAccounts.size() - 1) / Math.max(1, keyAccounts.size());
        long planId = FIRST_ID;
        long objectiveId = FIRST_ID;
        long programmeId = FIRST_ID;
        int plansMade = 0;
        try (PreparedStatement strategy = c.prepareStatement("insert into strategy (id, account_id, direction, vision, "
                + "mission, updated_at, version) values (?, ?, ?, ?, ?, ?, 1)");
             PreparedStatement objective = c.prepareStatement("insert into objective (id, strategy_id, objective_level, "
                     + "title, indicator_name, indicator_unit, indicator_target, position, version) "
                     + "values (?, ?, ?, ?, ?, 'EUR', 1000, ?, 1)");
             PreparedStatement programme = c.prepareStatement("insert into action_programme (id, strategy_id, name, "
                     + "position, version) values (?, ?, ?, ?, 1)");
             PreparedStatement plan = c.prepareStatement("insert into action_plan (id, programme_id, title, kind, "
                     + "objective_id, owner_id, start_date, due_date, status, version) "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            int n = 0;
            for (long[] account : keyAccounts) {
                long strategyId = account[0];
                strategy.setLong(1, strategyId);
                strategy.setLong(2, account[0]);
                strategy.setString(3, "INVEST_FOR_GROWTH");
                strategy.setString(4, "Bench vision");
                strategy.setString(5, random.nextInt(4) == 0 ? null : "Bench mission");
                strategy.setTimestamp(6, now);
                strategy.addBatch();
                long firstObjective = objectiveId;
                for (int o = 0; o < 3; o++) {
                    objective.setLong(1, objectiveId++);
                    objective.setLong(2, strategyId);
                    objective.setString(3, o == 0 ? "STRATEGIC" : "OPERATIONAL");
                    objective.setString(4, "Objective " + o);
                    objective.setString(5, random.nextInt(6) == 0 ? null : "Revenue");
                    objective.setInt(6, o);
                    objective.addBatch();
                }
                int programmes = 2 + random.nextInt(3);
                for (int p = 0; p < programmes; p++) {
                    long thisProgramme = programmeId++;
                    programme.setLong(1, thisProgramme);
                    programme.setLong(2, strategyId);
                    programme.setString(3, "Programme " + p);
                    programme.setInt(4, p);
                    programme.addBatch();
                    int plans = plansPerAccount / programmes + (p == 0 ? plansPerAccount % programmes : 0);
                    for (int a = 0; a < plans && plansMade < ACTION_PLANS; a++, plansMade++) {
                        LocalDate due = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(540));
                        plan.setLong(1, planId++);
                        plan.setLong(2, thisProgramme);
                        plan.setString(3, "Action plan " + a);
                        plan.setString(4, a % 2 == 0 ? "CONTRACTUAL" : "RELATIONAL");
                        plan.setLong(5, firstObjective + random.nextInt(3));
                        plan.setLong(6, account[1]);
                        plan.setDate(7, Date.valueOf(due.minusDays(60)));
                        plan.setDate(8, Date.valueOf(due));
                        plan.setString(9, List.of("PLANNED", "IN_PROGRESS", "DONE").get(random.nextInt(3)));
                        plan.addBatch();
                        if (plansMade % BATCH == BATCH - 1) {
                            strategy.executeBatch();
                            objective.executeBatch();
                            programme.executeBatch();
                            plan.executeBatch();
                        }
                    }
                }
                if (++n % 200 == 0) {
                    strategy.executeBatch();
                    objective.executeBatch();
                    programme.executeBatch();
                    plan.executeBatch();
                }
            }
            strategy.executeBatch();
            objective.executeBatch();
            programme.executeBatch();
            plan.executeBatch();
        }
    }

    /**
     * The follow-up the executive portfolio and the quarterly review read: four quarterly actuals of 2026 for every
     * strategic objective (the revenue indicators), and a follow-up status for one action plan in three, some of
     * them closing the plan. Set-based, so that it costs seconds, not minutes.
     */
    private static void followUp(Connection c, Timestamp now) throws SQLException {
        try (PreparedStatement actuals = c.prepareStatement("insert into indicator_actual (id, objective_id, "
                + "period_end, actual_value, recorded_by, recorded_at, version) "
                + "select o.id * 4 + q.k, o.id, case q.k when 0 then date '2026-03-31' when 1 then date '2026-06-30' "
                + "when 2 then date '2026-09-30' else date '2026-12-31' end, mod(o.id, 1000) * 1000 + q.k * 250, "
                + "'bench', ?, 0 from objective o cross join (select 0 as k union all select 1 union all select 2 "
                + "union all select 3) q where o.id >= ? and o.objective_level = 'STRATEGIC'");
             PreparedStatement updates = c.prepareStatement("insert into action_plan_update (id, action_plan_id, "
                     + "status, progress, author, at_time, version) select ap.id, ap.id, case mod(ap.id, 7) "
                     + "when 0 then 'DONE' when 1 then 'CANCELLED' when 2 then 'AT_RISK' else 'ON_TRACK' end, 50, "
                     + "'bench', ?, 0 from action_plan ap where ap.id >= ? and mod(ap.id, 3) = 0")) {
            actuals.setTimestamp(1, now);
            actuals.setLong(2, FIRST_ID);
            actuals.executeUpdate();
            updates.setTimestamp(1, now);
            updates.setLong(2, FIRST_ID);
            updates.executeUpdate();
        }
        latestFollowUp(c, FIRST_ID);
    }

    /**
     * What {@code FollowUpService} writes with each update and V29 backfills: the status of each action plan's
     * latest update (latest time, then highest id) on the plan, for the plans from {@code firstPlanId} on.
     */
    static void latestFollowUp(Connection c, long firstPlanId) throws SQLException {
        try (PreparedStatement latest = c.prepareStatement("update action_plan set follow_up_status = "
                + "(select u.status from action_plan_update u where u.action_plan_id = action_plan.id and not exists "
                + "(select 1 from action_plan_update l where l.action_plan_id = u.action_plan_id and (l.at_time > "
                + "u.at_time or (l.at_time = u.at_time and l.id > u.id)))) where id >= ? and exists (select 1 from "
                + "action_plan_update n where n.action_plan_id = action_plan.id)")) {
            latest.setLong(1, firstPlanId);
            latest.executeUpdate();
        }
    }

    /** A plan for nine key accounts in ten: an approved version, often a newer working or submitted one. */
    private static void plans(Connection c, List<long[]> keyAccounts, Random random, Timestamp now)
            throws SQLException {
        long versionId = FIRST_ID;
        try (PreparedStatement plan = c.prepareStatement("insert into key_account_plan (id, account_id, created_at, "
                + "version) values (?, ?, ?, 1)");
             PreparedStatement version = c.prepareStatement("insert into plan_version (id, plan_id, version_number, "
                     + "period_start, period_end, status, created_at, created_by, approved_at, approved_by, version) "
                     + "values (?, ?, ?, ?, ?, ?, ?, 'bench', ?, ?, 1)")) {
            int n = 0;
            for (long[] account : keyAccounts) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                Instant created = now.toInstant().minus(30L + random.nextInt(700), ChronoUnit.DAYS);
                plan.setLong(1, account[0]);
                plan.setLong(2, account[0]);
                plan.setTimestamp(3, Timestamp.from(created));
                plan.addBatch();
                int versions = 1 + random.nextInt(2);
                for (int v = 1; v <= versions; v++) {
                    boolean last = v == versions;
                    String status = !last ? "SUPERSEDED" : List.of("APPROVED", "WORKING", "SUBMITTED")
                            .get(random.nextInt(3));
                    Instant approved = status.equals("WORKING") || status.equals("SUBMITTED") ? null
                            : created.plus(10L + random.nextInt(200), ChronoUnit.DAYS);
                    version.setLong(1, versionId++);
                    version.setLong(2, account[0]);
                    version.setInt(3, v);
                    version.setDate(4, Date.valueOf(LocalDate.of(2026, 1, 1)));
                    version.setDate(5, Date.valueOf(LocalDate.of(2026, 12, 31)));
                    version.setString(6, status);
                    version.setTimestamp(7, Timestamp.from(created));
                    version.setTimestamp(8, approved == null ? null : Timestamp.from(approved));
                    version.setString(9, approved == null ? null : "bench");
                    version.addBatch();
                }
                if (++n % 500 == 0) {
                    plan.executeBatch();
                    version.executeBatch();
                }
            }
            plan.executeBatch();
            version.executeBatch();
        }
    }

    /** A Key Account Database for most key accounts, its sections saved between a week and two years ago. */
    private static void databases(Connection c, List<long[]> keyAccounts, long template, Random random,
                                  Timestamp now) throws SQLException {
        long sectionId = FIRST_ID;
        try (PreparedStatement database = c.prepareStatement("insert into ka_database (id, account_id, template_id, "
                + "created_at, version) values (?, ?, ?, ?, 1)");
             PreparedStatement section = c.prepareStatement("insert into database_section (id, database_id, "
                     + "section_key, updated_at, updated_by, version) values (?, ?, ?, ?, 'bench', 1)")) {
            int n = 0;
            for (long[] account : keyAccounts) {
                if (random.nextInt(8) == 0) {
                    continue;
                }
                database.setLong(1, account[0]);
                database.setLong(2, account[0]);
                database.setLong(3, template);
                database.setTimestamp(4, now);
                database.addBatch();
                for (String key : SECTIONS) {
                    section.setLong(1, sectionId++);
                    section.setLong(2, account[0]);
                    section.setString(3, key);
                    section.setTimestamp(4, Timestamp.from(now.toInstant().minus(7L + random.nextInt(700),
                            ChronoUnit.DAYS)));
                    section.addBatch();
                }
                if (++n % 500 == 0) {
                    database.executeBatch();
                    section.executeBatch();
                }
            }
            database.executeBatch();
            section.executeBatch();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Long firstId(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            return r.next() ? r.getLong(1) : null;
        }
    }
}
