package com.kamplanner.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The migration and upgrade checks on a real PostgreSQL (127.0.0.1:5432), each in a database it creates and
 * drops. Runs with {@code -Ppostgres} only: the default build needs nothing but a JDK, so it leaves this class
 * out instead of skipping it.
 */
@Tag(MigratedDatabase.TAG)
class PostgresqlPersistenceTest {

    @Test
    void theMigrationsBuildTheSchemaOnPostgresql() throws Exception {
        String database = "kam_migrations_test";
        recreate(database);
        try {
            MigrationsTest.checkMigrations(MigrationsTest.postgres(database));
        } finally {
            drop(database);
        }
    }

    @Test
    void upgradingFromTheLastReleaseKeepsEveryRowOnPostgresql() throws Exception {
        String database = "kam_upgrade_test";
        recreate(database);
        try {
            PGSimpleDataSource pg = MigrationsTest.postgres(database);
            UpgradeTest.upgradeAndCheck(pg, Map.of("jakarta.persistence.jdbc.url", pg.getUrl(),
                    "jakarta.persistence.jdbc.user", pg.getUser(), "jakarta.persistence.jdbc.password", ""));
        } finally {
            drop(database);
        }
    }

    private static void recreate(String database) throws SQLException {
        drop(database);
        try (Connection c = MigrationsTest.postgres("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + database);
        }
    }

    private static void drop(String database) throws SQLException {
        try (Connection c = MigrationsTest.postgres("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
        }
    }
}
