package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.DEMO_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The cluster of {@code config/cluster/start.sh} ({@code -Pcluster}), node by node on each node's own port, without
 * HAProxy: what one node writes the other reads at once, each slot of a scheduled job runs on one node only, and two
 * nodes started together on an empty database seeded it once. The profile runs this class after the failover
 * journey, so the node killed and started again there is one of the two.
 */
class ClusterIT {

    private static final String ADMIN = "admin";

    private final Path cluster = Path.of(System.getProperty("kam.cluster.dir", "../target/cluster"));

    /** The throttling settings, written through node 1, are what node 2 answers in the same second. */
    @Test
    void anEditOnOneNodeIsSeenOnTheOtherAtOnce() throws Exception {
        Browserless node1 = new Browserless(node(1));
        Browserless node2 = new Browserless(node(2));
        JsonObject before = throttling(node2);
        // Node 2 has read the settings (and would hold them in a shared cache); node 1 changes them.
        int changed = before.getInt("userFailures") == 20 ? 21 : 20;
        try {
            HttpResponse<String> put = node1.putJsonWithBasic("api/security/throttling", json(changed, before),
                    ADMIN, DEMO_PASSWORD);
            assertEquals(200, put.statusCode(), put.body());
            assertEquals(changed, throttling(node2).getInt("userFailures"), "node 2 after node 1's edit");
        } finally {
            assertEquals(200, node2.putJsonWithBasic("api/security/throttling",
                    json(before.getInt("userFailures"), before), ADMIN, DEMO_PASSWORD).statusCode());
        }
        assertEquals(before.getInt("userFailures"), throttling(node1).getInt("userFailures"),
                "node 1 after node 2 put the setting back");
    }

    /**
     * Every node ticks every minute and logs, for each job, whether it ran the slot or found it done or held by
     * another node (start.sh sets the scheduler's log to FINE). No slot ran on two nodes, and in at least one minute
     * both nodes ticked and exactly one of them ran it.
     */
    @Test
    void eachSlotOfAScheduledJobRunsOnOneNodeOnly() throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(150));
        while (true) {
            Map<String, Map<String, Set<String>>> outcomes = slotOutcomes();
            for (Map.Entry<String, Map<String, Set<String>>> slot : outcomes.entrySet()) {
                Set<String> ran = slot.getValue().getOrDefault("ran", Set.of());
                assertTrue(ran.size() <= 1, slot.getKey() + " ran on " + ran);
            }
            long sharedSlots = outcomes.values().stream()
                    .filter(byOutcome -> byOutcome.getOrDefault("ran", Set.of()).size() == 1
                            && !byOutcome.getOrDefault("not run", Set.of()).isEmpty()
                            && !byOutcome.get("not run").containsAll(byOutcome.get("ran")))
                    .count();
            if (sharedSlots > 0) {
                return;
            }
            // The first tick comes at the next minute: the nodes may have been up for less than one.
            assertTrue(Instant.now().isBefore(end) || !outcomes.isEmpty(),
                    "no scheduler line in the nodes' logs: is its level FINE?");
            assertTrue(Instant.now().isBefore(end), "no minute in which both nodes ticked: " + outcomes);
            Thread.sleep(5000);
        }
    }

    /**
     * start.sh started both nodes at once on a database it had just created (KAM_TOGETHER=true): the start-up
     * seeders took the database lock in turn, and what they ship exists once. The node restarted by the failover
     * journey seeded nothing either.
     */
    @Test
    void twoNodesStartedTogetherSeededTheEmptyDatabaseOnce() throws Exception {
        String startLog = Files.readString(cluster.resolve("start.log"));
        assertTrue(startLog.contains("starting the nodes together"), "start.sh did not start the nodes together");
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/kam_cluster", "postgres",
                System.getenv().getOrDefault("KAM_PG_PASSWORD", "kam"));
             Statement sql = db.createStatement()) {
            // A fresh database gets version 1 of the default Key Account Database template, then, from the same
            // start-up seeder under the same lock, the version 2 that adds the buying criteria's ratings (issue 18
            // section 4): two versions, one of them in force. A second seeding would have added more.
            assertEquals(2, count(sql, "select count(*) from document_template where kind = 'KEY_ACCOUNT_DATABASE'"),
                    "the default Key Account Database template, shipped and rated once");
            assertEquals(1, count(sql, "select count(*) from document_template where kind = 'KEY_ACCOUNT_DATABASE' "
                    + "and status = 'ACTIVE' and segment is null"), "one default Key Account Database template in force");
            assertEquals(1, count(sql, "select count(*) from document_template where kind = 'PLAN'"),
                    "the default plan template");
            assertEquals(List.of(), rows(sql, "select kind from document_template where status = 'ACTIVE' "
                    + "and segment is null group by kind having count(*) > 1"), "two active templates of a kind");
            assertEquals(1, count(sql, "select count(*) from criteria_set"), "the default criteria set");
            assertEquals(1, count(sql, "select count(*) from competency_framework"), "the competency framework");
            assertEquals(1, count(sql, "select count(*) from app_user u join app_user_role r on r.user_id = u.id "
                    + "where r.role = 'ADMIN'"), "the first administrator");
            assertEquals(List.of(), rows(sql, "select name from account group by name having count(*) > 1"),
                    "demo accounts seeded twice");
            assertTrue(count(sql, "select count(*) from account") > 0, "the demo company was seeded");
            assertEquals(List.of(), rows(sql, "select username from app_user group by username having count(*) > 1"),
                    "demo users seeded twice");
        }
    }

    /**
     * The nodes' HTTP listeners (start.sh's pre-boot command) and Data Grid ports are bound to 127.0.0.1 only:
     * through any other address of this machine, their ports refuse the connection.
     */
    @Test
    void theNodesListenOnLoopbackOnly() throws Exception {
        List<java.net.InetAddress> others = java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())
                .stream().filter(nic -> {
                    try {
                        return nic.isUp() && !nic.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(nic -> java.util.Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> address instanceof java.net.Inet4Address).toList();
        for (int number = 1; number <= 2; number++) {
            Path dir = cluster.resolve("node" + number);
            for (String kind : List.of("http.port", "grid.port")) {
                int port = Integer.parseInt(Files.readString(dir.resolve(kind)).trim());
                try (java.net.Socket loopback = new java.net.Socket("127.0.0.1", port)) {
                    assertTrue(loopback.isConnected());
                }
                for (java.net.InetAddress other : others) {
                    try (java.net.Socket socket = new java.net.Socket()) {
                        socket.connect(new java.net.InetSocketAddress(other, port), 2000);
                        throw new AssertionError("node" + number + "'s " + kind + " answers on " + other + ":" + port);
                    } catch (java.net.ConnectException | java.net.SocketTimeoutException refused) {
                        // refused: nothing listens there
                    }
                }
            }
        }
    }

    private URL node(int number) throws IOException {
        String port = Files.readString(cluster.resolve("node" + number).resolve("http.port")).trim();
        return new URL("http://127.0.0.1:" + port + "/");
    }

    private static JsonObject throttling(Browserless node) throws Exception {
        HttpResponse<String> overview = node.getWithBasic("api/security", ADMIN, DEMO_PASSWORD);
        assertEquals(200, overview.statusCode(), overview.body());
        return Json.createReader(new StringReader(overview.body())).readObject().getJsonObject("throttling");
    }

    private static String json(int userFailures, JsonObject others) {
        return "{\"userFailures\":" + userFailures + ",\"addressNames\":" + others.getInt("addressNames")
                + ",\"windowMinutes\":" + others.getInt("windowMinutes") + ",\"blockSeconds\":"
                + others.getInt("blockSeconds") + "}";
    }

    /** Job and slot, then "ran" or "not run", then the nodes (log files) that logged it. */
    private Map<String, Map<String, Set<String>>> slotOutcomes() throws IOException {
        Pattern line = Pattern.compile("Scheduled job (\\S+) (ran|not run) for (\\S+) on ");
        Map<String, Map<String, Set<String>>> outcomes = new TreeMap<>();
        for (int number = 1; number <= 2; number++) {
            String node = "node" + number;
            String log = new String(Files.readAllBytes(cluster.resolve(node).resolve("server.log")),
                    StandardCharsets.UTF_8);
            Matcher found = line.matcher(log);
            while (found.find()) {
                outcomes.computeIfAbsent(found.group(1) + " " + found.group(3), key -> new HashMap<>())
                        .computeIfAbsent(found.group(2), key -> new HashSet<>()).add(node);
            }
        }
        return outcomes;
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
