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
import javax.sql.DataSource;

/**
 * Companion of {@link ProgrammeGenerator} for the home page: a KAM with a heavy portfolio and the notifications
 * behind everyone's bell. The heavy KAM ({@link #HEAVY_KAM}, the generated KAM 0) gets {@value #HEAVY_ACCOUNTS}
 * more key accounts with {@value #HEAVY_PLANS} action plans, all past due, whose earliest
 * {@value #HEAVY_CLOSED} are closed in every way the follow-up knows (the strategy's status done, a cancelled or
 * done update, an open update then a closing one) except one in a hundred, reopened by a later update (one at the
 * same moment with a higher id): the case where a list that cuts first and filters closed plans after drops the
 * open ones. Each generated KAM and the demo's KA Director get notifications, some unread. Plain JDBC batches, ids
 * far above the application's sequences and those of the other generators, seeded by position, idempotent.
 */
public final class HomePageGenerator {

    static final String HEAVY_KAM = "bench.kam0";
    static final int HEAVY_ACCOUNTS = 30;
    static final int HEAVY_PLANS = 1800;
    static final int HEAVY_CLOSED = 1200;
    static final long FIRST_ID = PortfolioGenerator.FIRST_ID + 2_000_000L;
    static final LocalDate FIRST_DUE = LocalDate.of(2024, 6, 1);
    private static final int NOTIFICATIONS_PER_KAM = 20;
    private static final int DIRECTOR_NOTIFICATIONS = 1000;

    private HomePageGenerator() {
    }

    /** Adds the heavy KAM's accounts and the notifications, unless they are there already. */
    public static void generate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            if (count(c, "select count(*) from account where id = " + FIRST_ID) > 0) {
                return;
            }
            Timestamp now = Timestamp.from(Instant.now());
            heavyPortfolio(c, now);
            ProgrammeGenerator.latestFollowUp(c, FIRST_ID);
            notifications(c, now);
            c.commit();
            c.setAutoCommit(autoCommit);
        }
    }

    /** When the action plan at this position is due: three a day from {@link #FIRST_DUE}, all in the past. */
    static LocalDate due(int n) {
        return FIRST_DUE.plusDays(n / 3);
    }

    private static void heavyPortfolio(Connection c, Timestamp now) throws SQLException {
        long kam = PortfolioGenerator.FIRST_ID;
        try (PreparedStatement account = c.prepareStatement("insert into account (id, name, industry, country, "
                + "annual_revenue, currency, kam_id, key_account, segment, crm_id, created_at, version) "
                + "values (?, ?, 'Rail', 'FR', 1000000, 'EUR', ?, true, 'STAR', ?, ?, 1)");
             PreparedStatement strategy = c.prepareStatement("insert into strategy (id, account_id, direction, "
                     + "vision, mission, updated_at, version) values (?, ?, 'INVEST_FOR_GROWTH', 'Heavy vision', "
                     + "'Heavy mission', ?, 1)");
             PreparedStatement objective = c.prepareStatement("insert into objective (id, strategy_id, "
                     + "objective_level, title, indicator_name, indicator_unit, indicator_target, position, version) "
                     + "values (?, ?, 'STRATEGIC', 'Heavy objective', 'Revenue', 'EUR', 1000, 0, 1)");
             PreparedStatement programme = c.prepareStatement("insert into action_programme (id, strategy_id, name, "
                     + "position, version) values (?, ?, 'Heavy programme', 0, 1)")) {
            for (int i = 0; i < HEAVY_ACCOUNTS; i++) {
                long id = FIRST_ID + i;
                account.setLong(1, id);
                account.setString(2, "Heavy Account " + String.format("%03d", i));
                account.setLong(3, kam);
                account.setString(4, "HEAVY-" + i);
                account.setTimestamp(5, now);
                account.addBatch();
                strategy.setLong(1, id);
                strategy.setLong(2, id);
                strategy.setTimestamp(3, now);
                strategy.addBatch();
                objective.setLong(1, id);
                objective.setLong(2, id);
                objective.addBatch();
                programme.setLong(1, id);
                programme.setLong(2, id);
                programme.addBatch();
            }
            account.executeBatch();
            strategy.executeBatch();
            objective.executeBatch();
            programme.executeBatch();
        }
        Instant earlier = now.toInstant().minus(10, ChronoUnit.DAYS);
        try (PreparedStatement plan = c.prepareStatement("insert into action_plan (id, programme_id, title, kind, "
                + "objective_id, owner_id, start_date, due_date, status, version) values (?, ?, ?, 'CONTRACTUAL', ?, ?, "
                + "?, ?, ?, 1)");
             PreparedStatement update = c.prepareStatement("insert into action_plan_update (id, action_plan_id, status, "
                     + "progress, author, at_time, version) values (?, ?, ?, 50, 'bench', ?, 0)")) {
            long updateId = FIRST_ID;
            for (int n = 0; n < HEAVY_PLANS; n++) {
                // Spread over the accounts so that every account holds early and late plans.
                long account = FIRST_ID + n % HEAVY_ACCOUNTS;
                long id = FIRST_ID + n;
                String status = "IN_PROGRESS";
                String first = null;
                String second = null;
                if (n < HEAVY_CLOSED) {
                    if (n % 100 == 50) {
                        first = "DONE";
                        second = "ON_TRACK";
                    } else if (n % 3 == 0) {
                        status = "DONE";
                    } else if (n % 3 == 1) {
                        first = "CANCELLED";
                    } else {
                        first = "ON_TRACK";
                        second = "DONE";
                    }
                } else if (n % 10 == 0) {
                    first = "AT_RISK";
                }
                plan.setLong(1, id);
                plan.setLong(2, account);
                plan.setString(3, "Heavy action plan " + String.format("%04d", n));
                plan.setLong(4, account);
                plan.setLong(5, kam);
                plan.setDate(6, Date.valueOf(due(n).minusDays(60)));
                plan.setDate(7, Date.valueOf(due(n)));
                plan.setString(8, status);
                plan.addBatch();
                if (first != null) {
                    updateId = update(update, updateId, id, first, earlier);
                }
                if (second != null) {
                    // A reopening update is at the same moment as the closing one: the higher id is the latest.
                    updateId = update(update, updateId, id, second, second.equals("ON_TRACK") ? earlier : now.toInstant());
                }
                if (n % 500 == 499) {
                    plan.executeBatch();
                    update.executeBatch();
                }
            }
            plan.executeBatch();
            update.executeBatch();
        }
    }

    private static long update(PreparedStatement update, long updateId, long actionPlan, String status, Instant at)
            throws SQLException {
        update.setLong(1, updateId);
        update.setLong(2, actionPlan);
        update.setString(3, status);
        update.setTimestamp(4, Timestamp.from(at));
        update.addBatch();
        return updateId + 1;
    }

    /**
     * Every generated KAM gets {@value #NOTIFICATIONS_PER_KAM} notifications, half of them read; the KA Director
     * {@value #DIRECTOR_NOTIFICATIONS}, one in five unread.
     */
    private static void notifications(Connection c, Timestamp now) throws SQLException {
        Long director = null;
        try (PreparedStatement q = c.prepareStatement("select id from app_user where username = 'david.kad'");
             ResultSet r = q.executeQuery()) {
            if (r.next()) {
                director = r.getLong(1);
            }
        }
        int kams = count(c, "select count(*) from app_user where id >= " + PortfolioGenerator.FIRST_ID
                + " and id < " + (PortfolioGenerator.FIRST_ID + 900_000));
        try (PreparedStatement note = c.prepareStatement("insert into notification (id, recipient_id, kind, "
                + "title_args, url, created_at, read_at, version) values (?, ?, 'PLAN_APPROVED', '[]', 'index.xhtml', "
                + "?, ?, 0)")) {
            long id = FIRST_ID;
            int made = 0;
            for (int k = 0; k <= kams; k++) {
                boolean isDirector = k == kams;
                if (isDirector && director == null) {
                    break;
                }
                long recipient = isDirector ? director : PortfolioGenerator.FIRST_ID + k;
                int notes = isDirector ? DIRECTOR_NOTIFICATIONS : NOTIFICATIONS_PER_KAM;
                for (int i = 0; i < notes; i++) {
                    Instant at = now.toInstant().minus(i, ChronoUnit.HOURS);
                    boolean read = isDirector ? i % 5 != 0 : i % 2 == 0;
                    note.setLong(1, id++);
                    note.setLong(2, recipient);
                    note.setTimestamp(3, Timestamp.from(at));
                    note.setTimestamp(4, read ? Timestamp.from(at.plusSeconds(60)) : null);
                    note.addBatch();
                    if (++made % 2000 == 0) {
                        note.executeBatch();
                    }
                }
            }
            note.executeBatch();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getInt(1);
        }
    }
}
