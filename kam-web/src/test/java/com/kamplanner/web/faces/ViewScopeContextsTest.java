package com.kamplanner.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The pruning rule on a session's attributes as Mojarra leaves them: the contexts of dropped pages go, those of kept
 * pages stay, the attribute is set again only when something went, and a session without Mojarra's attributes or
 * one logged out during the request is left alone. {@code FoundationIT} checks the same on a real Mojarra.
 */
class ViewScopeContextsTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private int sets;
    private boolean invalidated;

    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(getClass().getClassLoader(),
            new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                if (invalidated) {
                    throw new IllegalStateException("invalidated");
                }
                switch (method.getName()) {
                    case "getAttribute":
                        return attributes.get((String) args[0]);
                    case "setAttribute":
                        sets++;
                        attributes.put((String) args[0], args[1]);
                        return null;
                    default:
                        throw new AssertionError("not used by the filter: " + method.getName());
                }
            });

    @Test
    void theContextsOfDroppedPagesGoAndThoseOfKeptPagesStay() {
        Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>();
        contexts.put("dropped-1", Map.of("homePage", "context"));
        contexts.put("kept", Map.of("planPage", "context"));
        contexts.put("dropped-2", Map.of("accountPage", "context"));
        Map<String, Object> viewMaps = Collections.synchronizedMap(new LinkedHashMap<>());
        viewMaps.put("kept", new HashMap<>());
        viewMaps.put("kept-without-beans-yet", new HashMap<>());
        attributes.put(ViewScopeContexts.ACTIVE_VIEW_CONTEXTS, contexts);
        attributes.put(ViewScopeContexts.ACTIVE_VIEW_MAPS, viewMaps);

        assertEquals(2, ViewScopeContexts.prune(session));

        assertEquals(Map.of("kept", Map.of("planPage", "context")), contexts);
        assertSame(contexts, attributes.get(ViewScopeContexts.ACTIVE_VIEW_CONTEXTS), "the same map, set again");
        assertEquals(1, sets, "set again once, so that a replicated session follows");
        assertEquals(0, ViewScopeContexts.prune(session), "nothing more to drop");
        assertEquals(1, sets, "not set again when nothing went");
    }

    @Test
    void withoutMojarrasAttributesNothingHappens() {
        assertEquals(0, ViewScopeContexts.prune(session));
        Map<String, Map<String, Object>> contexts = new ConcurrentHashMap<>(Map.of("page", Map.of()));
        attributes.put(ViewScopeContexts.ACTIVE_VIEW_CONTEXTS, contexts);
        assertEquals(0, ViewScopeContexts.prune(session), "no active view maps: another implementation's state");
        assertTrue(contexts.containsKey("page"));
        assertEquals(0, sets);
    }

    @Test
    void aSessionLoggedOutDuringTheRequestIsLeftAlone() {
        attributes.put(ViewScopeContexts.ACTIVE_VIEW_CONTEXTS, new ConcurrentHashMap<>(Map.of("page", Map.of())));
        invalidated = true;
        assertEquals(0, ViewScopeContexts.prune(session));
    }
}
