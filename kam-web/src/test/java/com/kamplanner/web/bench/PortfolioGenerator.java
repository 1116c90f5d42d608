package com.kamplanner.web.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;

/**
 * Fills a database with a large, plausible portfolio for benchmarks: KAM users and accounts with industries,
 * countries, revenues, KAMs and segments. Plain JDBC batches with ids far above the application's sequences,
 * so it is fast and never collides with rows the application creates. Seeded, so every run gets the same data.
 */
public final class PortfolioGenerator {

    static final long FIRST_ID = 50_000_000L;
    private static final List<String> INDUSTRIES = List.of("Aerospace", "Automotive", "Chemicals", "Energy",
            "Healthcare", "Pharmaceuticals", "Retail", "Rail", "Software", "Steel", "Telecommunications",
            "Food and beverage", "Building materials", "Electrical equipment", "Logistics");
    private static final List<String> COUNTRIES = List.of("FR", "DE", "GB", "IT", "ES", "NL", "BE", "CH", "SE",
            "DK", "PL", "AT", "PT", "IE", "FI");
    private static final List<String> SEGMENTS = List.of("STRATEGIC", "STAR", "STATUS", "STREAMLINE");

    private PortfolioGenerator() {
    }

    /** Creates {@code kams} KAM users and {@code accounts} accounts, unless they already exist. */
    public static void generate(DataSource dataSource, int kams, int accounts) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (var check = c.prepareStatement("select count(*) from account where id >= ?")) {
                check.setLong(1, FIRST_ID);
                try (var r = check.executeQuery()) {
                    r.next();
                    if (r.getLong(1) >= accounts) {
                        return;
                    }
                }
            }
            Random random = new Random(42);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement user = c.prepareStatement("insert into app_user (id, username, display_name, "
                    + "password_hash, enabled, external, created_at, version) values (?, ?, ?, 'x', true, false, ?, 1)");
                 PreparedStatement role = c.prepareStatement("insert into app_user_role (user_id, role) values (?, 'KAM')")) {
                for (int k = 0; k < kams; k++) {
                    long id = FIRST_ID + k;
                    user.setLong(1, id);
                    user.setString(2, "bench.kam" + k);
                    user.setString(3, "Bench KAM " + k);
                    user.setTimestamp(4, now);
                    user.addBatch();
                    role.setLong(1, id);
                    role.addBatch();
                }
                user.executeBatch();
                role.executeBatch();
            }
            try (PreparedStatement account = c.prepareStatement("insert into account (id, name, industry, country, "
                    + "annual_revenue, currency, our_sales_12m, total_category_spend, kam_id, key_account, segment, "
                    + "crm_id, created_at, version) values (?, ?, ?, ?, ?, 'EUR', ?, ?, ?, ?, ?, ?, ?, 1)")) {
                for (int i = 0; i < accounts; i++) {
                    long revenue = 5 + random.nextInt(60_000);
                    boolean key = random.nextInt(5) == 0;
                    account.setLong(1, FIRST_ID + i);
                    account.setString(2, "Bench Account " + String.format("%06d", i));
                    account.setString(3, INDUSTRIES.get(random.nextInt(INDUSTRIES.size())));
                    account.setString(4, COUNTRIES.get(random.nextInt(COUNTRIES.size())));
                    account.setBigDecimal(5, BigDecimal.valueOf(revenue).movePointRight(6));
                    account.setBigDecimal(6, BigDecimal.valueOf(random.nextInt(30_000)).movePointRight(3));
                    account.setBigDecimal(7, BigDecimal.valueOf(revenue).movePointRight(4));
                    account.setLong(8, FIRST_ID + random.nextInt(kams));
                    account.setBoolean(9, key);
                    account.setString(10, key ? SEGMENTS.get(random.nextInt(SEGMENTS.size())) : null);
                    account.setString(11, "BENCH-" + i);
                    account.setTimestamp(12, now);
                    account.addBatch();
                    if (i % 1000 == 999) {
                        account.executeBatch();
                    }
                }
                account.executeBatch();
            }
            c.commit();
            c.setAutoCommit(autoCommit);
        }
    }
}
