package com.kamplanner.web.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The load test's benchmark data in a kept PostgreSQL database, through the benchmarks' own generators: 500 KAMs,
 * 10,000 accounts and 100,000 action plans ({@link PortfolioGenerator}, {@link ProgrammeGenerator}), beside the
 * demo company. The generated users get the demo password (the hash of {@code emma.kam} is copied, so nothing
 * here hashes a password), so that the load test logs in as {@code bench.kam0..499}, {@code bench.exec0..19} and
 * {@code bench.director0..9} (ten KA Directors added here: concurrent logins of one person are not what is measured).
 * The schema and the demo company must be there: start a server with {@code -Dkam.demo=true} on the database
 * once first. Run through the {@code load-data} profile of kam-web; docs/performance.md has the commands.
 */
public final class LoadData {

    static final int KAMS = 500;
    static final int ACCOUNTS = 10_000;
    /**
     * KA Directors beside the demo company's one, so that concurrent director sessions are different people (ids
     * above the generators' executives).
     */
    static final int DIRECTORS = 10;
    private static final long FIRST_DIRECTOR_ID = PortfolioGenerator.FIRST_ID + 950_000;

    private LoadData() {
    }

    /** Arguments: the database name (kam_load), then optionally host, port and user (127.0.0.1, 5432, postgres). */
    public static void main(String[] args) throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setDatabaseName(args.length > 0 ? args[0] : "kam_load");
        dataSource.setServerNames(new String[] {args.length > 1 ? args[1] : "127.0.0.1"});
        dataSource.setPortNumbers(new int[] {args.length > 2 ? Integer.parseInt(args[2]) : 5432});
        dataSource.setUser(args.length > 3 ? args[3] : "postgres");
        dataSource.setReWriteBatchedInserts(true);
        long start = System.nanoTime();
        PortfolioGenerator.generate(dataSource, KAMS, ACCOUNTS);
        ProgrammeGenerator.generate(dataSource);
        directors(dataSource);
        int logins = giveTheDemoPassword(dataSource);
        try (Connection c = dataSource.getConnection()) {
            System.out.printf("[load-data] %s: %d accounts, %d action plans, %d generated logins with the demo "
                            + "password, in %d s%n", dataSource.getDatabaseName(),
                    count(c, "select count(*) from account"), count(c, "select count(*) from action_plan"), logins,
                    (System.nanoTime() - start) / 1_000_000_000L);
        }
    }

    /** {@code bench.director0..9}, KA Directors, unless they are there already. */
    private static void directors(PGSimpleDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement user = c.prepareStatement("insert into app_user (id, username, display_name, "
                     + "password_hash, enabled, external, created_at, version) select ?, ?, ?, 'x', true, false, "
                     + "current_timestamp, 1 where not exists (select 1 from app_user where id = ?)");
             PreparedStatement role = c.prepareStatement("insert into app_user_role (user_id, role) select ?, "
                     + "'KA_DIRECTOR' where not exists (select 1 from app_user_role where user_id = ?)")) {
            for (int d = 0; d < DIRECTORS; d++) {
                long id = FIRST_DIRECTOR_ID + d;
                user.setLong(1, id);
                user.setString(2, "bench.director" + d);
                user.setString(3, "Bench KA Director " + d);
                user.setLong(4, id);
                user.executeUpdate();
                role.setLong(1, id);
                role.setLong(2, id);
                role.executeUpdate();
            }
        }
    }

    private static int giveTheDemoPassword(PGSimpleDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement update = c.prepareStatement("update app_user set password_hash = (select password_hash "
                     + "from app_user where username = 'emma.kam') where id >= ? and username like 'bench.%'")) {
            if (count(c, "select count(*) from app_user where username = 'emma.kam'") == 0) {
                throw new IllegalStateException("No demo company in " + dataSource.getDatabaseName()
                        + ": start a server on it with -Dkam.demo=true once first.");
            }
            update.setLong(1, PortfolioGenerator.FIRST_ID);
            return update.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
