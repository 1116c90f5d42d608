package com.kamplanner.web.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import javax.sql.DataSource;

/**
 * How many SQL statements a piece of work runs, from H2's query statistics (as {@code HomePageBenchmarkIT} counts
 * them): the fewest of three runs, as the server's timers may run meanwhile. -1 on another database.
 */
public final class StatementCounter {

    private StatementCounter() {
    }

    public static long count(DataSource dataSource, Callable<?> work) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
                return -1;
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
                s.execute("SET QUERY_STATISTICS TRUE");
            }
            try {
                long fewest = Long.MAX_VALUE;
                java.util.Map<String, Long> fewestStatements = java.util.Map.of();
                for (int run = 0; run < 3; run++) {
                    java.util.Map<String, Long> before = statements(c);
                    work.call();
                    java.util.Map<String, Long> after = statements(c);
                    java.util.Map<String, Long> ran = new java.util.HashMap<>();
                    after.forEach((sql, n) -> {
                        long delta = n - before.getOrDefault(sql, 0L);
                        if (delta > 0) {
                            ran.put(sql, delta);
                        }
                    });
                    long total = ran.values().stream().mapToLong(Long::longValue).sum();
                    if (total < fewest) {
                        fewest = total;
                        fewestStatements = ran;
                    }
                }
                last = fewestStatements;
                return fewest;
            } finally {
                try (Statement s = c.createStatement()) {
                    s.execute("SET QUERY_STATISTICS FALSE");
                }
            }
        }
    }

    /** The statements of the last count, each with how often it ran, the most frequent first: to find a loop. */
    public static String lastStatements() {
        StringBuilder report = new StringBuilder();
        last.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> report.append(String.format("%5d  %s%n", e.getValue(),
                        e.getKey().length() > 300 ? e.getKey().substring(0, 300) : e.getKey())));
        return report.toString();
    }

    private static java.util.Map<String, Long> last = java.util.Map.of();

    private static java.util.Map<String, Long> statements(Connection c) throws SQLException {
        java.util.Map<String, Long> counts = new java.util.HashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select sql_statement, execution_count "
                + "from information_schema.query_statistics where lower(sql_statement) not like '%query_statistics%'")) {
            while (r.next()) {
                counts.merge(r.getString(1), r.getLong(2), Long::sum);
            }
        }
        return counts;
    }
}
