package com.kamplanner.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ready when the application's datasource answers and every Flyway migration shipped with this build is applied.
 * Reports the schema version and nothing else: the endpoint needs no login, so it must not tell more.
 */
@ApplicationScoped
public class SchemaReadiness {

    public static final String NAME = "database";

    @Inject
    SchemaMigration migration;

    public HealthStatus check() {
        boolean databaseUp = migration.databaseAnswers();
        boolean migrated = databaseUp && migration.isUpToDate();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("connection", databaseUp ? "up" : "down");
        data.put("schema", migrated ? "migrated" : "pending");
        data.put("schemaVersion", String.valueOf(migration.currentVersion()));
        return new HealthStatus(NAME, databaseUp && migrated, data);
    }
}
