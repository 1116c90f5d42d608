package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.account.Account;
import com.kamplanner.account.RelationshipStage;
import com.kamplanner.account.TeamMembership;
import com.kamplanner.audit.AuditEntry;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.programme.ProgrammeSetting;
import com.kamplanner.segmentation.KamAssignment;
import com.kamplanner.segmentation.SegmentSetting;
import com.kamplanner.segmentation.SelectionDecision;
import com.kamplanner.selection.Quadrant;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Upgrades keep every row: a database at the last release's schema, filled with a data set that covers every
 * table, is migrated to the current schema, then every row is counted again and read back through the
 * application's entities. On H2 here; {@link PostgresqlPersistenceTest} runs it on PostgreSQL with
 * {@code -Ppostgres}.
 */
@Tag(MigratedDatabase.TAG)
class UpgradeTest {

    /** The last release and the highest migration it shipped (see db/released-migrations.txt). */
    static final String PREVIOUS_RELEASE = "1.0.0";
    static final String PREVIOUS_RELEASE_SCHEMA = "3";

    @Test
    void upgradingFromTheLastReleaseKeepsEveryRowOnH2() throws Exception {
        String url = "jdbc:h2:mem:upgrade-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        upgradeAndCheck(h2, Map.of("jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", ""));
    }

    @Test
    void everyEntityOfTheApplicationIsReadBackByThisTest() throws IOException {
        Set<String> entities = new TreeSet<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    // Loaded, not initialised: a class's static fields may need the server (a JSON provider).
                    if (Class.forName(name, false, getClass().getClassLoader()).isAnnotationPresent(Entity.class)) {
                        entities.add(name);
                    }
                } catch (ClassNotFoundException | NoClassDefFoundError ignored) {
                    // not loadable outside the server: not an entity either
                }
            }
        }
        String unit = new String(getClass().getClassLoader().getResourceAsStream("META-INF/persistence.xml")
                .readAllBytes(), StandardCharsets.UTF_8);
        Set<String> missing = entities.stream().filter(e -> !unit.contains("<class>" + e + "</class>"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(missing.isEmpty(), "add these entities to the test persistence unit, and rows of them to the "
                + "upgrade data set when they ship: " + missing);
    }

    static void upgradeAndCheck(DataSource dataSource, Map<String, String> jpa) throws Exception {
        Flyway.configure(UpgradeTest.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration").target(PREVIOUS_RELEASE_SCHEMA).load().migrate();
        runScript(dataSource, "db/upgrade/release-" + PREVIOUS_RELEASE + ".sql");
        Map<String, Long> before = rowCounts(dataSource);

        int applied = SchemaMigration.configure(dataSource).migrate().migrationsExecuted;
        assertTrue(applied >= 0);

        Map<String, Long> after = rowCounts(dataSource);
        before.forEach((table, rows) -> assertEquals(rows, after.get(table), "rows of " + table + " after upgrade"));
        readBackThroughTheEntities(jpa);
    }

    private static void readBackThroughTheEntities(Map<String, String> jpa) {
        EntityManagerFactory factory = Persistence.createEntityManagerFactory("kam-outside-server", jpa);
        try {
            EntityManager em = factory.createEntityManager();
            List<AppUser> users = em.createQuery("select u from AppUser u where u.id between 1001 and 1005 "
                    + "order by u.id", AppUser.class).getResultList();
            assertEquals(5, users.size());
            assertEquals("Élodie Kam", users.get(2).getDisplayName());
            assertEquals(Set.of(Role.KAM, Role.TEAM_MEMBER), users.get(2).getRoles());
            assertTrue(users.get(4).isExternal() && !users.get(4).isEnabled());

            Account chimie = em.find(Account.class, 2002L);
            assertEquals("SF-0002", chimie.getCrmId());
            assertEquals("Groupe Upgrade", chimie.getParent().getName());
            assertEquals(0, new BigDecimal("3400000000.50").compareTo(chimie.getAnnualRevenue()));
            assertEquals("Café, crème & “quotes”", chimie.getNotes());
            assertEquals(Quadrant.STRATEGIC, chimie.getSegment());
            assertEquals(RelationshipStage.INTEGRATED, chimie.getTargetStage());
            assertEquals("up.kam", chimie.getKam().getUsername());
            assertEquals("up.exec", chimie.getSponsor().getUsername());
            Account polymers = em.find(Account.class, 2003L);
            assertTrue(polymers.isSegmentOverridden());
            assertEquals("Board decision after the merger", polymers.getSegmentReason());

            assertEquals(2, em.createQuery("select t from TeamMembership t where t.account.id = 2002",
                    TeamMembership.class).getResultList().size());
            List<SelectionDecision> decisions = em.createQuery("select d from SelectionDecision d "
                    + "where d.account.id in (2002, 2003) order by d.id", SelectionDecision.class).getResultList();
            assertEquals("Largest share of wallet potential", decisions.get(0).getReason());
            List<KamAssignment> assignments = em.createQuery("select k from KamAssignment k where k.id in (5001, 5002) "
                    + "order by k.id", KamAssignment.class).getResultList();
            assertTrue(assignments.get(1).isCapacityOverride());
            assertEquals("Interim cover during parental leave", assignments.get(1).getOverrideReason());
            assertEquals(2, em.createQuery("select a from AuditEntry a where a.id in (6001, 6002)", AuditEntry.class)
                    .getResultList().size());
            assertEquals(2, em.find(SegmentSetting.class, Quadrant.STRATEGIC).getReviewFrequencyMonths());
            assertEquals("12", em.find(ProgrammeSetting.class, "kam.capacity").getValue());
            em.close();
        } finally {
            factory.close();
        }
    }

    /** Row count of every application table (everything but Flyway's history). */
    private static Map<String, Long> rowCounts(DataSource dataSource) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            List<String> tables = new java.util.ArrayList<>();
            try (ResultSet r = c.getMetaData().getTables(null, null, null, new String[] {"TABLE"})) {
                while (r.next()) {
                    String schema = r.getString("TABLE_SCHEM");
                    String table = r.getString("TABLE_NAME");
                    boolean application = schema != null && (schema.equalsIgnoreCase("public"));
                    if (application && !table.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("select count(*) from \"" + table + "\"")) {
                    r.next();
                    counts.put(table.toLowerCase(java.util.Locale.ROOT), r.getLong(1));
                }
            }
        }
        assertTrue(counts.containsKey("account") && counts.containsKey("app_user"), counts.toString());
        return counts;
    }

    private static void runScript(DataSource dataSource, String resource) throws IOException, SQLException {
        String script;
        try (InputStream in = UpgradeTest.class.getClassLoader().getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String withoutComments = script.lines().filter(l -> !l.trim().startsWith("--"))
                .collect(Collectors.joining("\n"));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : withoutComments.split(";\\s*(\\n|$)")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }
}
