package com.kamplanner.web.it;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.sql.DataSource;

/**
 * Key accounts with a plan each, beyond the 1,000 the plans lists once stopped at: account {@code n} is named
 * {@code Paging Account nnnn}, held by Emma (even n) or Lucas (odd n), in a segment or none by turns, and its plan
 * is stale when {@code n % 4} is 0 (never approved, created five years ago) or 2 (last approved five years ago,
 * a newer version submitted), fresh otherwise (approved five days ago after an old approval, or created five days
 * ago): stale or fresh whatever the segments' cadences. Plain JDBC batches, ids far above the application's
 * sequences and the benchmark generators'; {@link #remove} takes it all away again (the plans cascade), so that the
 * tests sharing the database do not see it.
 */
public final class PlanPagingGenerator {

    public static final long FIRST_ID = 70_000_000L;
    private static final List<String> SEGMENTS = java.util.Arrays.asList("STRATEGIC", "STAR", "STATUS", "STREAMLINE",
            null);

    private PlanPagingGenerator() {
    }

    public static String name(int n) {
        return String.format("Paging Account %04d", n);
    }

    public static long accountId(int n) {
        return FIRST_ID + n;
    }

    public static boolean stale(int n) {
        return n % 4 == 0 || n % 4 == 2;
    }

    public static boolean emmas(int n) {
        return n % 2 == 0;
    }

    /** Adds {@code accounts} key accounts and their plans. */
    public static void generate(DataSource dataSource, int accounts) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            long emma = userId(c, "emma.kam");
            long lucas = userId(c, "lucas.kam");
            Instant now = Instant.now();
            Instant old = now.minus(5 * 365, ChronoUnit.DAYS);
            Instant recent = now.minus(5, ChronoUnit.DAYS);
            long versionId = FIRST_ID;
            try (PreparedStatement account = c.prepareStatement("insert into account (id, name, industry, country, "
                    + "annual_revenue, currency, kam_id, key_account, segment, crm_id, created_at, version) "
                    + "values (?, ?, 'Rail', 'FR', 1000000, 'EUR', ?, true, ?, ?, ?, 1)");
                 PreparedStatement plan = c.prepareStatement("insert into key_account_plan (id, account_id, "
                         + "created_at, version) values (?, ?, ?, 1)");
                 PreparedStatement version = c.prepareStatement("insert into plan_version (id, plan_id, "
                         + "version_number, period_start, period_end, status, created_at, created_by, approved_at, "
                         + "approved_by, version) values (?, ?, ?, ?, ?, ?, ?, 'paging', ?, ?, 1)")) {
                for (int n = 0; n < accounts; n++) {
                    long id = accountId(n);
                    account.setLong(1, id);
                    account.setString(2, name(n));
                    account.setLong(3, emmas(n) ? emma : lucas);
                    account.setString(4, SEGMENTS.get(n % SEGMENTS.size()));
                    account.setString(5, "PAGING-" + n);
                    account.setTimestamp(6, Timestamp.from(old));
                    account.addBatch();
                    plan.setLong(1, id);
                    plan.setLong(2, id);
                    plan.setTimestamp(3, Timestamp.from(n % 4 == 3 ? recent : old));
                    plan.addBatch();
                    switch (n % 4) {
                        case 0 -> versionId = version(version, versionId, id, 1, "WORKING", old, null);
                        case 1 -> {
                            versionId = version(version, versionId, id, 1, "SUPERSEDED", old, old);
                            versionId = version(version, versionId, id, 2, "APPROVED", recent, recent);
                        }
                        case 2 -> {
                            versionId = version(version, versionId, id, 1, "SUPERSEDED", old, old);
                            versionId = version(version, versionId, id, 2, "SUBMITTED", recent, null);
                        }
                        default -> versionId = version(version, versionId, id, 1, "WORKING", recent, null);
                    }
                    if (n % 500 == 499) {
                        account.executeBatch();
                        plan.executeBatch();
                        version.executeBatch();
                    }
                }
                account.executeBatch();
                plan.executeBatch();
                version.executeBatch();
            }
            c.commit();
            c.setAutoCommit(autoCommit);
        }
    }

    /** Removes what {@link #generate} added. */
    public static void remove(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("delete from account where id >= ? and id < ?")) {
            delete.setLong(1, FIRST_ID);
            delete.setLong(2, FIRST_ID + 1_000_000L);
            delete.executeUpdate();
        }
    }

    private static long version(PreparedStatement version, long id, long plan, int number, String status,
                                Instant created, Instant approved) throws SQLException {
        version.setLong(1, id);
        version.setLong(2, plan);
        version.setInt(3, number);
        version.setDate(4, Date.valueOf(LocalDate.now().withDayOfYear(1)));
        version.setDate(5, Date.valueOf(LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1)));
        version.setString(6, status);
        version.setTimestamp(7, Timestamp.from(created));
        version.setTimestamp(8, approved == null ? null : Timestamp.from(approved));
        version.setString(9, approved == null ? null : "paging");
        version.addBatch();
        return id + 1;
    }

    private static long userId(Connection c, String username) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("select id from app_user where username = ?")) {
            q.setString(1, username);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
