package com.kamplanner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No code of either module calls {@code Json.createObjectBuilder()} and its siblings: each call looks the JSON
 * provider up with a {@code ServiceLoader} under the class loaders' locks, and under load the chart pages queued
 * there for seconds (issue 17). Builders come from {@code com.kamplanner.platform.JsonBuilders}, which looks the
 * provider up once. Comments may name the call; code may not.
 */
class JsonProviderLookupTest {

    /** {@code Json.createX(}, qualified or not; lines of comments are skipped by {@link #isComment}. */
    private static final Pattern LOOKUP = Pattern.compile("(?<![\\w.{@])(?:jakarta\\.json\\.)?Json\\.create\\w*\\(");

    @Test
    void noSourceLooksTheJsonProviderUpPerCall() throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../kam-ejb/src/main/java"))) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    found.addAll(lookups(source));
                }
            }
        }
        assertTrue(files > 500, "both modules' sources were read: " + files);
        assertEquals(List.of(), found, "use JsonBuilders.object() / array() instead");
    }

    @Test
    void thePatternFindsACallAndSkipsComments() {
        assertTrue(LOOKUP.matcher("var b = Json.createObjectBuilder();").find());
        assertTrue(LOOKUP.matcher("x(jakarta.json.Json.createArrayBuilder())").find());
        assertFalse(LOOKUP.matcher("JsonBuilders.object()").find());
        assertFalse(LOOKUP.matcher("MyJson.createThing()").find());
        assertTrue(isComment(" * {@code jakarta.json.Json.createObjectBuilder()} looks"));
        assertTrue(isComment("    // Json.createValue(1)"));
    }

    private static List<String> lookups(Path source) {
        List<String> found = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m = LOOKUP.matcher(line);
                if (m.find() && !isComment(line)) {
                    found.add(source + ":" + (i + 1) + ": " + line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static boolean isComment(String line) {
        String s = line.strip();
        return s.startsWith("*") || s.startsWith("//") || s.startsWith("/*");
    }
}
