package com.kamplanner.congruence;

import com.kamplanner.platform.MigratedH2;
import com.kamplanner.platform.SchemaMigration;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the congruence SQL tests run on: a migrated in-memory H2 by default, or, with
 * {@code -Dkam.congruence.postgres=true}, a fresh migrated database on the local PostgreSQL (127.0.0.1:5432, recreated for each test and left for inspection), so
 * that the same tests show the statements run on both.
 */
final class RuleDatabase {

    private RuleDatabase() {
    }

    static EntityManagerFactory open(String name) {
        if (!Boolean.getBoolean("kam.congruence.postgres")) {
            return MigratedH2.open(name);
        }
        String database = "kam_" + name + "_test";
        try (Connection c = source("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + database + " with (force)");
            s.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        PGSimpleDataSource pg = source(database);
        SchemaMigration.configure(pg).migrate();
        return Persistence.createEntityManagerFactory("kam-outside-server", Map.of("jakarta.persistence.jdbc.url",
                pg.getUrl(), "jakarta.persistence.jdbc.user", pg.getUser(), "jakarta.persistence.jdbc.password", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
    }

    private static PGSimpleDataSource source(String database) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[] {"127.0.0.1"});
        pg.setPortNumbers(new int[] {5432});
        pg.setUser("postgres");
        pg.setDatabaseName(database);
        return pg;
    }
}
