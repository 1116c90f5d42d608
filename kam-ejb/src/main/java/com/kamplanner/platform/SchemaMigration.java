package com.kamplanner.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema of the application's datasource ({@code jdbc/kam}) up to date with Flyway when the application starts, before any other
 * start-up bean runs ({@code @DependsOn("SchemaMigration")}). EclipseLink never generates the schema: these
 * migrations own it, the same files on H2 and PostgreSQL.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /**
     * A resource reference ({@code java:comp/env/jdbc/kam}), not a global name: each server maps it to its own
     * datasource (glassfish-ejb-jar.xml, jboss-ejb3.xml; glassfish-web.xml and jboss-web.xml in a WAR).
     */
    @Resource(name = "jdbc/kam")
    DataSource dataSource;

    private volatile String currentVersion;
    private volatile int appliedAtStartup;
    private volatile boolean upToDate;

    @PostConstruct
    void migrate() {
        Flyway flyway = configure(dataSource);
        MigrateResult result = flyway.migrate();
        appliedAtStartup = result.migrationsExecuted;
        MigrationInfo current = flyway.info().current();
        currentVersion = current == null ? null : current.getVersion().getVersion();
        upToDate = flyway.info().pending().length == 0;
        LOG.info(() -> "Schema of jdbc/kam at version " + currentVersion + " (" + appliedAtStartup
                + " migration(s) applied at start-up)");
    }

    /** The one Flyway configuration of the product; tests use it too so that they migrate the same way. */
    public static Flyway configure(DataSource dataSource) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateOnMigrate(true)
                .load();
    }

    public String currentVersion() {
        return currentVersion;
    }

    /** True when no shipped migration was left pending at start-up. */
    public boolean isUpToDate() {
        return upToDate;
    }

    public int appliedAtStartup() {
        return appliedAtStartup;
    }

    /** The application's datasource, for the few callers that need plain JDBC (the local identity store). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** True when the datasource gives a connection that answers within two seconds (the readiness check). */
    public boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
