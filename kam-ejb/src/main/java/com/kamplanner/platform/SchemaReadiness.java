package com.kamplanner.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when {@code jdbc/kam} answers and every Flyway migration shipped with this build is applied. Reports the
 * schema version and nothing else: the endpoint needs no login, so it must not tell more.
 */
@Readiness
@ApplicationScoped
public class SchemaReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/kam")
    DataSource dataSource;

    @Inject
    SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database");
        boolean databaseUp;
        try (Connection connection = dataSource.getConnection()) {
            databaseUp = connection.isValid(2);
        } catch (SQLException e) {
            databaseUp = false;
        }
        boolean migrated = databaseUp && migration.isUpToDate();
        return response.status(databaseUp && migrated)
                .withData("connection", databaseUp ? "up" : "down")
                .withData("schema", migrated ? "migrated" : "pending")
                .withData("schemaVersion", String.valueOf(migration.currentVersion()))
                .build();
    }
}
