package com.kamplanner.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run of the load test is: the server, the users of each role, how many virtual users and for how long.
 * Read from system properties (the Maven profile passes them on), so that the same simulation is the CI smoke on
 * the demo company, the 50-user benchmark on the generated data, and the 30-minute soak.
 */
final class LoadSettings {

    private static final Pattern RANGE = Pattern.compile("(.*)\\[(\\d+)-(\\d+)]");

    final String url;
    final boolean smoke;
    final List<String> kams;
    final List<String> directors;
    final List<String> executives;
    final List<String> apiClients;
    final String password;
    /** Virtual users in all; the smoke runs one per role. */
    final int users;
    final Duration duration;
    final Duration rampUp;
    /** The pause between two pages of one user, as a person reading the page would. */
    final Duration think;

    private LoadSettings() {
        url = url();
        smoke = Boolean.parseBoolean(property("kam.load.smoke", "false"));
        kams = names(property("kam.load.kams", "emma.kam"));
        directors = names(property("kam.load.directors", "david.kad"));
        executives = names(property("kam.load.executives", "claire.exec"));
        apiClients = names(property("kam.load.apiClients", "emma.kam"));
        password = property("kam.load.password", "demo1234");
        users = Integer.parseInt(property("kam.load.users", smoke ? "5" : "50"));
        duration = Duration.ofSeconds(Long.parseLong(property("kam.load.duration", smoke ? "45" : "300")));
        rampUp = Duration.ofSeconds(Long.parseLong(property("kam.load.rampUp", smoke ? "5" : "30")));
        think = Duration.ofMillis(Long.parseLong(property("kam.load.thinkMs", smoke ? "200" : "1000")));
    }

    static LoadSettings read() {
        return new LoadSettings();
    }

    /**
     * KAM_URL as printed by config/cluster/start.sh, else the file {@code kam.load.urlFile} names (start.sh writes
     * target/cluster/kam.url, read here when the cluster is started by the same build, as in CI), else the run
     * command's address.
     */
    private static String url() {
        String url = property("kam.load.url", System.getenv("KAM_URL"));
        String file = property("kam.load.urlFile", null);
        if ((url == null || url.isBlank()) && file != null && Files.isReadable(Path.of(file))) {
            try {
                url = Files.readString(Path.of(file)).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the address in " + file, e);
            }
        }
        if (url == null || url.isBlank()) {
            url = "http://localhost:8080";
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * A property, or the default when it is missing, blank, or an unresolved Maven expression
     * (the profile passes {@code ${KAM_URL}} on even when nobody set it).
     */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() || value.contains("${") ? fallback : value.trim();
    }

    /** "a,b,bench.kam[0-499]": names, a bracketed range standing for every number in it. */
    static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String item : Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList()) {
            Matcher range = RANGE.matcher(item);
            if (range.matches()) {
                for (int i = Integer.parseInt(range.group(2)); i <= Integer.parseInt(range.group(3)); i++) {
                    names.add(range.group(1) + i);
                }
            } else {
                names.add(item);
            }
        }
        return List.copyOf(names);
    }
}
