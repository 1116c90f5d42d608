package com.kamplanner.platform;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Test support: a fresh database with the schema the Flyway migrations build, and the test persistence unit on
 * top of it, for tests that need real SQL without a server. An in-memory H2 by default; with {@code -Ppostgres}
 * ({@code kam.test.db=postgres}) a new database on the local PostgreSQL, so that the same tests prove the same
 * statements on both.
 */
public final class MigratedDatabase {

    /**
     * The JUnit tag of every test class that opens a database. With {@code -Ppostgres} this module runs these
     * alone, on PostgreSQL: the others ran in the default build and cannot differ there. {@code DatabaseTagTest}
     * fails on a class that opens a database without it.
     */
    public static final String TAG = "database";

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private MigratedDatabase() {
    }

    /** A new database named after {@code name}; close the factory when done. */
    public static EntityManagerFactory open(String name) {
        if ("postgres".equals(System.getProperty("kam.test.db"))) {
            return openPostgres(name);
        }
        String url = "jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        SchemaMigration.configure(h2).migrate();
        return Persistence.createEntityManagerFactory("kam-outside-server", Map.of(
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    }

    /** A new database named after {@code name} on the local PostgreSQL, whatever {@code kam.test.db} says. */
    public static EntityManagerFactory openPostgres(String name) {
        String database = ("kam_unit_" + name.replaceAll("[^A-Za-z0-9]", "_") + "_" + DATABASES.incrementAndGet())
                .toLowerCase(Locale.ROOT);
        try (Connection c = MigrationsTest.postgres("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed with -Ppostgres", e);
        }
        PGSimpleDataSource pg = MigrationsTest.postgres(database);
        SchemaMigration.configure(pg).migrate();
        return Persistence.createEntityManagerFactory("kam-outside-server", Map.of("jakarta.persistence.jdbc.url",
                pg.getUrl(), "jakarta.persistence.jdbc.user", pg.getUser(), "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
    }
}
