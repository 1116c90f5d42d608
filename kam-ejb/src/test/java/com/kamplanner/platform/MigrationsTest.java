package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The Flyway migrations, outside any server: they apply to an empty database, a second run applies nothing, and
 * their versions follow each other. On H2; {@link PostgresqlPersistenceTest} runs the same check on PostgreSQL
 * with {@code -Ppostgres}.
 */
@Tag(MigratedDatabase.TAG)
class MigrationsTest {

    @Test
    void theMigrationsBuildTheSchemaOnAnEmptyH2DatabaseAndAreIdempotent() throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        checkMigrations(h2);
    }

    @Test
    void migrationVersionsAreUniqueAndIncreasingFromOne() throws Exception {
        // Feature branches reserve versions ahead of time (V5 may land before V4), so gaps are allowed.
        List<Integer> versions = migrationVersions();
        assertEquals(1, versions.get(0), "the first migration is V1");
        for (int i = 1; i < versions.size(); i++) {
            assertTrue(versions.get(i) > versions.get(i - 1), "migration versions must be unique: " + versions);
        }
    }

    static void checkMigrations(javax.sql.DataSource dataSource) throws Exception {
        Flyway flyway = SchemaMigration.configure(dataSource);
        MigrateResult first = flyway.migrate();
        assertEquals(migrationVersions().size(), first.migrationsExecuted);
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second start applies nothing");
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("app_user", "app_user_role", "audit_entry", "account")) {
                assertTrue(tableExists(c, table), table);
            }
            try (Statement s = c.createStatement()) {
                s.execute("insert into app_user (id, username, display_name, password_hash, created_at) "
                        + "values (50, 'x.user', 'X', 'hash', current_timestamp)");
                s.execute("insert into app_user_role (user_id, role) values (50, 'KAM')");
                try (ResultSet r = s.executeQuery("select enabled, external, version from app_user where id = 50")) {
                    r.next();
                    assertTrue(r.getBoolean(1), "users are enabled by default");
                    assertEquals(false, r.getBoolean(2));
                    assertEquals(0, r.getLong(3));
                }
                try {
                    s.execute("insert into app_user_role (user_id, role) values (50, 'EMPEROR')");
                    throw new AssertionError("an unknown role must be refused by the schema");
                } catch (SQLException expected) {
                    // the check constraint holds
                }
            }
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (ResultSet r = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (r.next()) {
                if (table.equalsIgnoreCase(r.getString("TABLE_NAME"))) {
                    return true;
                }
            }
        }
        return false;
    }

    static PGSimpleDataSource postgres(String database) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setServerNames(new String[] {System.getProperty("kam.pg.host", "127.0.0.1")});
        pg.setPortNumbers(new int[] {Integer.parseInt(System.getProperty("kam.pg.port", "5432"))});
        pg.setUser(System.getProperty("kam.pg.user", "postgres"));
        pg.setDatabaseName(database);
        return pg;
    }

    static List<Integer> migrationVersions() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(
                MigrationsTest.class.getClassLoader().getResource("db/migration")).toURI());
        List<Integer> versions = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                assertTrue(name.matches("V\\d+__[a-z0-9_]+\\.sql"), "migration file name: " + name);
                versions.add(Integer.parseInt(name.substring(1, name.indexOf("__"))));
            }
        }
        versions.sort(null);
        return versions;
    }
}
