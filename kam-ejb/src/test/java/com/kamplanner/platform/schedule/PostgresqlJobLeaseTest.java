package com.kamplanner.platform.schedule;

import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Tag;

/** The lease races of {@link JobLeaseTest} on PostgreSQL, whose row locking differs from H2's; runs with -Ppostgres. */
@Tag(MigratedDatabase.TAG)
class PostgresqlJobLeaseTest extends JobLeaseTest {

    @Override
    EntityManagerFactory openDatabase(String name) {
        return MigratedDatabase.openPostgres(name + "_pg");
    }
}
