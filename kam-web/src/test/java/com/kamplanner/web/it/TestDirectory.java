package com.kamplanner.web.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private OpenLDAP server for the directory tests (Debian's {@code slapd} and {@code ldap-utils}): a small
 * company tree loaded with {@code slapadd}, served on a free loopback port. Started before the integration tests
 * and stopped after them by the {@code ldap} profile ({@code start} / {@code stop DIR}); the tests stop and start
 * it again to show a directory that is down. It writes the Payara Micro system-properties files that point the
 * application at it: {@code kam-ldap.properties} and, with local accounts off, {@code kam-ldap-directory-only.properties}.
 */
public final class TestDirectory {

    public static final String SUFFIX = "dc=example,dc=com";
    /** Every directory user's password. */
    public static final String PASSWORD = "Directory-2026";
    static final String SERVICE_DN = "cn=kam-service,ou=services," + SUFFIX;
    static final String SERVICE_PASSWORD = "Service-account-2026";
    static final String DIRECTORS = "cn=kam-directors,ou=groups," + SUFFIX;
    static final String KAMS = "cn=kams,ou=groups," + SUFFIX;
    static final String STAFF = "cn=staff,ou=groups," + SUFFIX;

    private final Path dir;

    public TestDirectory(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /** The directory the build uses ({@code kam.ldap.dir}, set by failsafe). */
    public static TestDirectory ofBuild() {
        return new TestDirectory(Path.of(System.getProperty("kam.ldap.dir", "target/slapd")));
    }

    public static void main(String[] args) throws Exception {
        TestDirectory directory = new TestDirectory(Path.of(args[1]));
        switch (args[0]) {
            case "start" -> directory.create();
            case "stop" -> directory.stop();
            default -> throw new IllegalArgumentException("start DIR or stop DIR");
        }
    }

    /** A fresh tree on a free port, then the server started and the properties files written. */
    public void create() throws IOException, InterruptedException {
        stop();
        deleteTree(dir);
        Files.createDirectories(dir.resolve("db"));
        int port = freePort();
        Files.writeString(dir.resolve("slapd.conf"), configuration(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("data.ldif"), tree(), StandardCharsets.UTF_8);
        run("slapadd", "-f", dir.resolve("slapd.conf").toString(), "-l", dir.resolve("data.ldif").toString());
        writeProperties("kam-ldap.properties", port, true);
        writeProperties("kam-ldap-directory-only.properties", port, false);
        start();
    }

    /** Starts the server on the port of the last {@link #create()}; it answers in a fraction of a second. */
    public void start() throws IOException, InterruptedException {
        int port = port();
        run("slapd", "-f", dir.resolve("slapd.conf").toString(), "-h", url(port));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!answers(port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("slapd does not answer on port " + port + "; see " + dir);
            }
            Thread.sleep(50);
        }
    }

    /** Stops the server (SIGTERM) and waits until it has gone. */
    public void stop() throws IOException, InterruptedException {
        Path pidFile = dir.resolve("slapd.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroy();
            process.onExit().orTimeout(15, TimeUnit.SECONDS).join();
        });
        Files.deleteIfExists(pidFile);
    }

    /** Freezes the server (SIGSTOP): it accepts connections but never answers, like a hung directory. */
    public void pause() throws IOException, InterruptedException {
        signal("-STOP");
    }

    /** Lets a paused server answer again (SIGCONT). */
    public void resume() throws IOException, InterruptedException {
        signal("-CONT");
    }

    private void signal(String signal) throws IOException, InterruptedException {
        run("kill", signal, Files.readString(dir.resolve("slapd.pid")).trim());
    }

    public int port() throws IOException {
        String url = settings().getProperty("kam.ldap.url");
        return Integer.parseInt(url.replaceAll(".*:(\\d+)/?$", "$1"));
    }

    /** The settings the application gets ({@code kam-ldap.properties}). */
    public Properties settings() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve("kam-ldap.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private String configuration() {
        return """
                include /etc/ldap/schema/core.schema
                include /etc/ldap/schema/cosine.schema
                include /etc/ldap/schema/inetorgperson.schema
                include /etc/ldap/schema/nis.schema
                modulepath /usr/lib/ldap
                moduleload back_mdb
                moduleload memberof
                pidfile %1$s/slapd.pid
                argsfile %1$s/slapd.args
                # Passwords only serve to bind; only the service account reads the tree, anonymous users see nothing.
                access to attrs=userPassword
                    by anonymous auth
                    by * none
                access to *
                    by dn.exact="%2$s" read
                    by self read
                    by * none
                database mdb
                maxsize 10485760
                suffix "%3$s"
                directory %1$s/db
                # memberOf on people, as Active Directory keeps it: loaded with the tree, maintained by the overlay.
                overlay memberof
                """.formatted(dir, SERVICE_DN, SUFFIX);
    }

    private static String tree() {
        StringBuilder ldif = new StringBuilder();
        ldif.append(entry(SUFFIX, "objectClass: dcObject", "objectClass: organization", "dc: example",
                "o: Example Industries"));
        for (String unit : new String[] {"people", "groups", "services"}) {
            ldif.append(entry("ou=" + unit + "," + SUFFIX, "objectClass: organizationalUnit", "ou: " + unit));
        }
        ldif.append(entry(SERVICE_DN, "objectClass: organizationalRole", "objectClass: simpleSecurityObject",
                "cn: kam-service", "userPassword: " + ssha(SERVICE_PASSWORD)));
        ldif.append(person("dora.director", "Dora", "Director", "Dora Director", DIRECTORS, STAFF));
        ldif.append(person("kevin.kam", "Kevin", "Kam", "Kevin Kam", KAMS, STAFF));
        ldif.append(person("nora.norole", "Nora", "Norole", "Nora Norole", STAFF));
        ldif.append(group(DIRECTORS, "dora.director"));
        ldif.append(group(KAMS, "kevin.kam"));
        ldif.append(group(STAFF, "dora.director", "kevin.kam", "nora.norole"));
        return ldif.toString();
    }

    static String userDn(String uid) {
        return "uid=" + uid + ",ou=people," + SUFFIX;
    }

    /** slapadd does not run overlays, so the person's memberOf values come with the entry. */
    private static String person(String uid, String givenName, String surname, String displayName,
                                 String... groups) {
        StringBuilder memberOf = new StringBuilder();
        for (String group : groups) {
            memberOf.append("\nmemberOf: ").append(group);
        }
        return entry(userDn(uid), "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + displayName,
                "givenName: " + givenName, "sn: " + surname, "displayName: " + displayName,
                "mail: " + uid + "@example.com", "userPassword: " + ssha(PASSWORD) + memberOf);
    }

    private static String group(String dn, String... uids) {
        String[] lines = new String[uids.length + 2];
        lines[0] = "objectClass: groupOfNames";
        lines[1] = "cn: " + dn.substring(3, dn.indexOf(','));
        for (int i = 0; i < uids.length; i++) {
            lines[i + 2] = "member: " + userDn(uids[i]);
        }
        return entry(dn, lines);
    }

    private static String entry(String dn, String... lines) {
        return "dn: " + dn + "\n" + String.join("\n", lines) + "\n\n";
    }

    /** The {SSHA} scheme slapd checks: base64(SHA-1(password + salt) + salt). */
    static String ssha(String password) {
        try {
            byte[] salt = new byte[8];
            new SecureRandom().nextBytes(salt);
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            sha1.update(salt);
            byte[] digest = sha1.digest();
            byte[] value = new byte[digest.length + salt.length];
            System.arraycopy(digest, 0, value, 0, digest.length);
            System.arraycopy(salt, 0, value, digest.length, salt.length);
            return "{SSHA}" + Base64.getEncoder().encodeToString(value);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeProperties(String file, int port, boolean localUsers) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("kam.ldap.url", url(port));
        properties.setProperty("kam.ldap.bind-dn", SERVICE_DN);
        properties.setProperty("kam.ldap.bind-password", SERVICE_PASSWORD);
        properties.setProperty("kam.ldap.user-base", "ou=people," + SUFFIX);
        properties.setProperty("kam.ldap.user-filter", "(&(objectClass=inetOrgPerson)(uid={0}))");
        properties.setProperty("kam.ldap.group-base", "ou=groups," + SUFFIX);
        properties.setProperty("kam.ldap.group-filter", "(&(objectClass=groupOfNames)(member={0}))");
        properties.setProperty("kam.ldap.roles", DIRECTORS + "=KA_DIRECTOR;" + KAMS + "=KAM");
        properties.setProperty("kam.ldap.local-users", Boolean.toString(localUsers));
        properties.setProperty("kam.ldap.connect-timeout-ms", "2000");
        properties.setProperty("kam.ldap.read-timeout-ms", "3000");
        try (OutputStream out = Files.newOutputStream(dir.resolve(file))) {
            properties.store(out, "Written by TestDirectory for the -Pldap integration tests");
        }
    }

    private static String url(int port) {
        return "ldap://127.0.0.1:" + port + "/";
    }

    private void run(String... command) throws IOException, InterruptedException {
        Path sbin = Path.of("/usr/sbin", command[0]);
        if (Files.isExecutable(sbin)) {
            command[0] = sbin.toString();   // slapd and slapadd live there, often outside a user's PATH
        }
        Path log = dir.resolve(Path.of(command[0]).getFileName() + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(log));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
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
