package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class of this module that opens a database carries {@code @Tag(MigratedDatabase.TAG)}: with
 * {@code -Ppostgres} only those run again, on PostgreSQL, so an untagged one would silently never meet PostgreSQL.
 */
class DatabaseTagTest {

    /** What opening a database looks like in a test: the migrated database, a factory, JDBC, the test property. */
    private static final Pattern OPENS = Pattern.compile(
            "MigratedDatabase\\.open|EntityManagerFactory|DriverManager|PGSimpleDataSource|JdbcDataSource|kam\\.test\\.db");

    @Test
    void everyTestThatOpensADatabaseIsTagged() throws IOException {
        List<String> untagged = new ArrayList<>();
        int opening = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/test/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source);
                String name = source.getFileName().toString();
                if (name.equals("MigratedDatabase.java") || name.equals("DatabaseTagTest.java")
                        || !OPENS.matcher(text).find()) {
                    continue;
                }
                opening++;
                if (!text.contains("@Tag(MigratedDatabase.TAG)")) {
                    untagged.add(name);
                }
            }
        }
        assertTrue(opening >= 25, "the test sources were read: " + opening + " open a database");
        assertEquals(List.of(), untagged, "add @Tag(MigratedDatabase.TAG) so that -Ppostgres runs them");
    }
}
