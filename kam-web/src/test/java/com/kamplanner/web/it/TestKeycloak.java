package com.kamplanner.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private Keycloak for the single sign-on tests: the server distribution from Maven Central (unpacked under
 * {@code target/} by the {@code sso} profile), started in {@code start-dev} mode on free loopback ports with the
 * test realm ({@code sso/kam-realm.json}: users, groups, a confidential client with PKCE, and a second client
 * whose tokens live two seconds) imported into a fresh file database. It needs Java 21 or newer:
 * {@code kam.keycloak.java} names that JDK, for Keycloak alone. Started before the integration tests and stopped
 * after them ({@code start HOME DIR} / {@code stop HOME DIR}); it writes {@code kam-sso.properties}, the Payara
 * Micro system properties that point the application at it.
 */
public final class TestKeycloak {

    public static final String REALM = "kam";
    public static final String CLIENT_ID = "kam-planner";
    public static final String SHORT_LIVED_CLIENT_ID = "kam-planner-short";
    public static final String CLIENT_SECRET = "kam-sso-test-secret";
    /** Every test user's Keycloak password. */
    public static final String PASSWORD = "Keycloak-2026";
    public static final String PROVIDER_NAME = "Keycloak";

    private static final Duration BOOT = Duration.ofSeconds(480);

    private final Path home;
    private final Path dir;

    public TestKeycloak(Path home, Path dir) {
        this.home = home.toAbsolutePath();
        this.dir = dir.toAbsolutePath();
    }

    /** The settings the build's Keycloak wrote ({@code kam.sso.dir}, set by failsafe). */
    public static Properties settingsOfBuild() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(
                Path.of(System.getProperty("kam.sso.dir", "target/keycloak")).resolve("kam-sso.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    public static void main(String[] args) throws Exception {
        TestKeycloak keycloak = new TestKeycloak(Path.of(args[1]), Path.of(args[2]));
        switch (args[0]) {
            case "start" -> keycloak.start();
            case "stop" -> keycloak.stop();
            default -> throw new IllegalArgumentException("start HOME DIR or stop HOME DIR");
        }
    }

    /** A fresh database with the test realm, the server started, and the properties written once it answers. */
    public void start() throws IOException, InterruptedException {
        stop();
        Files.createDirectories(dir);
        deleteTree(home.resolve("data"));
        Files.createDirectories(home.resolve("data/import"));
        try (InputStream realm = TestKeycloak.class.getResourceAsStream("/sso/kam-realm.json")) {
            Files.copy(realm, home.resolve("data/import/kam-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        int port = freePort();
        int managementPort = freePort();
        String java = System.getProperty("kam.keycloak.java", "/usr/lib/jvm/temurin-25-jdk-amd64");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", home.resolve("bin/kc.sh").toString(),
                "start-dev", "--http-host=127.0.0.1", "--http-port=" + port, "--http-management-port=" + managementPort,
                "--import-realm", "--cache=local"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("keycloak.log").toFile());
        builder.environment().put("JAVA_HOME", java);
        builder.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        Process process = builder.start();
        Files.writeString(dir.resolve("keycloak.pid"), Long.toString(process.pid()));
        String issuer = "http://127.0.0.1:" + port + "/realms/" + REALM;
        long deadline = System.nanoTime() + BOOT.toNanos();
        while (!answers(issuer + "/.well-known/openid-configuration")) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped while starting; see " + dir.resolve("keycloak.log"));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak does not answer on port " + port + " after " + BOOT
                        + "; see " + dir.resolve("keycloak.log"));
            }
            Thread.sleep(500);
        }
        Properties settings = new Properties();
        settings.setProperty("kam.oidc.issuer", issuer);
        settings.setProperty("kam.oidc.client-id", CLIENT_ID);
        settings.setProperty("kam.oidc.client-secret", CLIENT_SECRET);
        settings.setProperty("kam.oidc.roles-claim", "groups");
        settings.setProperty("kam.oidc.roles", "kam-directors=KA_DIRECTOR;kams=KAM;kam-admins=ADMIN");
        settings.setProperty("kam.oidc.provider-name", PROVIDER_NAME);
        try (var out = Files.newOutputStream(dir.resolve("kam-sso.properties"))) {
            settings.store(out, "Written by TestKeycloak for the -Psso Payara Micro");
        }
    }

    /** Stops the server and everything it started, and waits until they have gone. */
    public void stop() throws IOException {
        Path pidFile = dir.resolve("keycloak.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).ifPresent(process -> {
            List<ProcessHandle> children = process.descendants().toList();
            children.forEach(ProcessHandle::destroy);
            process.destroy();
            process.onExit().orTimeout(60, TimeUnit.SECONDS).join();
            children.forEach(child -> child.onExit().orTimeout(60, TimeUnit.SECONDS).join());
        });
        Files.deleteIfExists(pidFile);
    }

    private static boolean answers(String url) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
