package com.kamplanner.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.demo.DemoCompany;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.people.UserService;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.SchemaMigration;
import com.kamplanner.platform.SecurityLog;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.platform.schedule.JobLeases;
import com.kamplanner.platform.schedule.JobScheduler;
import com.kamplanner.web.faces.BusinessErrors;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation inside a real Payara Micro: Flyway migrated {@code jdbc/kam}, entities go to the database and
 * come back, a stale edit is refused with a message in both languages, and the last administrator stays.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(PlatformIT.class, AsAdministrator.class, Deployments.class);
    }

    @Resource(lookup = "jdbc/kam")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @EJB
    SchemaMigration migration;

    @EJB
    UserService users;

    @EJB
    DemoCompany demo;

    @Inject
    AsAdministrator asAdmin;

    @EJB
    JobLeases leases;

    @EJB
    JobScheduler scheduler;

    @Test
    void flywayAppliedEveryMigrationAtStartUp() throws Exception {
        java.util.List<Integer> versions = migrationVersions();
        int highest = versions.get(versions.size() - 1);
        assertEquals(String.valueOf(highest), migration.currentVersion());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from \"flyway_schema_history\" where \"success\" = true "
                     + "and \"version\" is not null")) {
            r.next();
            // Versions may have gaps (a feature branch reserves its number), so count files, not the highest number.
            assertEquals(versions.size(), r.getInt(1), "one successful history row per versioned migration");
        }
        assertTrue(tableExists("app_user") && tableExists("account") && tableExists("audit_entry"));
    }

    @Test
    void aScheduledJobsRunIsClaimedByOneNodeOnlyAndDoneOnce() {
        String job = "it-" + System.nanoTime();
        String node = scheduler.node();
        java.time.Instant until = java.time.Instant.now().plusSeconds(60);
        assertTrue(leases.register(job, "2026-01-01"));
        assertTrue(leases.claim(job, node, "2026-01-02", until), "this node claims the run owed");
        assertFalse(leases.claim(job, "another-node", "2026-01-02", until), "the other node skips it");
        assertTrue(leases.complete(job, node, "2026-01-02"));
        assertFalse(leases.claim(job, "another-node", "2026-01-02", until), "a run done is not run again");
        assertTrue(leases.claim(job, "another-node", "2026-01-03", until), "the next run is owed");
    }

    @Test
    void anAccountGoesToTheDatabaseAndComesBack() throws Exception {
        tx.begin();
        Account account = new Account("Round Trip Industries", "Chemicals", "BE");
        account.setLegalId("BE-0403.091.220");
        account.setRevenue(new BigDecimal("1234567.89"), "EUR");
        account.setOurSalesLast12Months(new BigDecimal("98765.43"));
        em.persist(account);
        tx.commit();
        long id = account.getId();
        em.clear();

        Account read = em.find(Account.class, id);
        assertEquals("Round Trip Industries", read.getName());
        assertEquals("BE-0403.091.220", read.getLegalId());
        assertEquals(0, new BigDecimal("1234567.89").compareTo(read.getAnnualRevenue()));
        assertEquals(0, new BigDecimal("98765.43").compareTo(read.getOurSalesLast12Months()));
        assertEquals("EUR", read.getCurrency());
        assertEquals(1, read.getVersion(), "EclipseLink starts the optimistic-lock version at 1");
        assertNotEquals(null, read.getCreatedAt());

        tx.begin();
        em.remove(em.find(Account.class, id));
        tx.commit();
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedWithAMessageInBothLanguages() throws Exception {
        AppUser alice = asAdmin.call(() -> users.create("it.stale." + System.nanoTime() % 100000, "Stale Edit",
                null, "long-enough-1", EnumSet.of(Role.KAM), false));
        AppUser firstEditor = asAdmin.call(() -> users.find(alice.getId()));
        AppUser secondEditor = asAdmin.call(() -> users.find(alice.getId()));

        firstEditor.setDisplayName("Saved first");
        asAdmin.call(() -> users.update(firstEditor));

        secondEditor.setDisplayName("Saved second");
        StaleEditException refused = assertThrows(StaleEditException.class,
                () -> asAdmin.call(() -> users.update(secondEditor)));
        assertEquals("error.staleEdit", refused.messageKey());
        assertTrue(BusinessErrors.text(refused, Locale.ENGLISH).startsWith("Someone else saved this record"));
        assertTrue(BusinessErrors.text(refused, Locale.FRENCH).startsWith("Quelqu’un d’autre a enregistré"));
        assertEquals("Saved first", asAdmin.call(() -> users.find(alice.getId())).getDisplayName(),
                "the first save is kept, not silently overwritten");
    }

    @Test
    void theDatabaseVersionCheckCatchesAConflictTheServiceDidNotSee() throws Exception {
        tx.begin();
        Account account = new Account("Version Check SA", "Retail", "FR");
        em.persist(account);
        tx.commit();
        em.clear();
        Account stale = em.find(Account.class, account.getId());
        em.clear();

        tx.begin();
        em.find(Account.class, account.getId()).setName("Changed meanwhile");
        tx.commit();
        em.clear();

        stale.setName("Stale write");
        tx.begin();
        assertThrows(StaleEditException.class, () -> OptimisticSave.save(em, stale));
        tx.rollback();
        assertEquals("Changed meanwhile", em.find(Account.class, account.getId()).getName());
    }

    @Test
    void theLastAdministratorCannotLoseTheRole() throws Exception {
        AppUser admin = asAdmin.call(() -> users.findByUsername("admin").orElseThrow());
        assertEquals(1L, asAdmin.call(() -> users.list().stream()
                .filter(u -> u.hasRole(Role.ADMIN) && u.isEnabled()).count()), "the demo company has one admin");
        admin.setRoles(EnumSet.of(Role.KAM));
        BusinessRuleException refused = assertThrows(BusinessRuleException.class,
                () -> asAdmin.call(() -> users.update(admin)));
        assertEquals(UserService.LAST_ADMIN, refused.messageKey());
        assertTrue(BusinessErrors.text(refused, Locale.FRENCH).startsWith("C’est le dernier administrateur"));
        assertTrue(asAdmin.call(() -> users.findByUsername("admin").orElseThrow()).hasRole(Role.ADMIN));
    }

    @Test
    void userAdministrationIsRefusedWithoutTheAdminRole() {
        assertThrows(EJBAccessException.class, () -> users.list());
    }

    @Test
    void seedingTheDemoCompanyTwiceChangesNothing() throws Exception {
        long usersBefore = count("select count(*) from app_user");
        long accountsBefore = count("select count(*) from account");
        asAdmin.call(() -> {
            demo.seed();
            return null;
        });
        assertEquals(usersBefore, count("select count(*) from app_user"));
        assertEquals(accountsBefore, count("select count(*) from account"));
        assertEquals(1L, count("select count(*) from app_user where username = 'emma.kam'"));
    }

    @ArquillianResource
    URL base;

    @Test
    void aFailedLoginIsLoggedAsASecurityEventWithoutThePassword() throws Exception {
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord logRecord) {
                records.add(logRecord);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger securityLog = Logger.getLogger(SecurityLog.LOGGER);
        securityLog.addHandler(capture);
        try {
            String secret = "Sup3r-secret-" + System.nanoTime();
            assertEquals(401, new Browserless(base).getWithBasic("api/me", "sofia.kam", secret).statusCode());
            Browserless form = new Browserless(base);
            form.login("sofia.kam", secret);
            List<JsonObject> lines = records.stream().map(LogRecord::getMessage).map(ContainerTests::object)
                    .filter(m -> "login.failed".equals(m.getString("event", null))
                            && "sofia.kam".equals(m.getString("user", null)))
                    .toList();
            assertEquals(2, lines.size(), "one line for the API, one for the login form: " + records.stream()
                    .map(LogRecord::getMessage).toList());
            for (JsonObject line : lines) {
                assertFalse(line.toString().contains(secret), "the password never reaches the log: " + line);
                assertTrue(line.get("correlationId") instanceof JsonString, line.toString());
            }
        } finally {
            securityLog.removeHandler(capture);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
            while (r.next()) {
                if (table.equalsIgnoreCase(r.getString("TABLE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The {@code V<n>__} migration versions shipped in the kam-ejb jar, sorted, read from the jar itself. */
    private static java.util.List<Integer> migrationVersions() throws IOException, URISyntaxException {
        URL location = SchemaMigration.class.getProtectionDomain().getCodeSource().getLocation();
        java.util.List<Integer> versions = new java.util.ArrayList<>();
        Path path = Path.of(location.toURI());
        if (Files.isDirectory(path)) {
            try (var files = Files.list(path.resolve("db/migration"))) {
                for (Path file : files.toList()) {
                    versions.add(version(file.getFileName().toString()));
                }
            }
        } else {
            try (InputStream in = Files.newInputStream(path); JarInputStream jar = new JarInputStream(in)) {
                for (JarEntry entry; (entry = jar.getNextJarEntry()) != null; ) {
                    if (entry.getName().startsWith("db/migration/V")) {
                        versions.add(version(entry.getName().substring("db/migration/".length())));
                    }
                }
            }
        }
        versions.removeIf(v -> v == 0);
        versions.sort(null);
        return versions;
    }

    private static int version(String fileName) {
        return fileName.matches("V\\d+__.*\\.sql") ? Integer.parseInt(fileName.substring(1, fileName.indexOf("__"))) : 0;
    }
}
