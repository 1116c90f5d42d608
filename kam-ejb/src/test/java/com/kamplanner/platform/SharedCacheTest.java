package com.kamplanner.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * On a cluster each node has its own EclipseLink shared cache, and nothing coordinates them: a cached entity that
 * another node changes would be served stale. So the application caches no entity: the persistence unit shares only
 * what is marked {@code @Cacheable(true)}, and nothing is. Adding a cached entity means coordinating the caches
 * first (docs/operations.md, "Several servers").
 */
class SharedCacheTest {

    @Test
    void thePersistenceUnitSharesOnlyWhatIsMarkedCacheable() throws IOException {
        assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/META-INF/persistence.xml"))
                .contains("<shared-cache-mode>ENABLE_SELECTIVE</shared-cache-mode>"));
    }

    @Test
    void noEntityIsMarkedCacheable() throws Exception {
        // The test persistence unit lists every entity of the application.
        Matcher listed = Pattern.compile("<class>([\\w.]+)</class>")
                .matcher(resource("META-INF/persistence.xml", SharedCacheTest.class.getClassLoader()));
        List<String> cached = new ArrayList<>();
        int entities = 0;
        while (listed.find()) {
            Class<?> type = Class.forName(listed.group(1));
            if (type.isAnnotationPresent(Entity.class)) {
                entities++;
                Cacheable cacheable = type.getAnnotation(Cacheable.class);
                if (cacheable != null && cacheable.value()) {
                    cached.add(type.getName());
                }
            }
        }
        assertTrue(entities > 50, "the entity list was not read: " + entities);
        assertEquals(List.of(), cached, "entities in the per-node shared cache");
    }

    /** The first copy on the class path: the test resources come before the main ones. */
    private static String resource(String name, ClassLoader loader) throws IOException {
        try (InputStream in = loader.getResourceAsStream(name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
