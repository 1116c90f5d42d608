package com.kamplanner.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Test support: a fresh in-memory H2 database with the schema the Flyway migrations build, and the test
 * persistence unit on top of it, for tests that need real SQL without a server.
 */
public final class MigratedH2 {

    private MigratedH2() {
    }

    /** A new database named after {@code name}; close the factory when done. */
    public static EntityManagerFactory open(String name) {
        String url = "jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        SchemaMigration.configure(h2).migrate();
        return Persistence.createEntityManagerFactory("kam-outside-server", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    }
}
