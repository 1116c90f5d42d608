package com.kamplanner.web.it;

import static com.kamplanner.web.it.ContainerTests.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpSession;
import java.net.URL;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a long session keeps (issue 17's soak): however many pages a person opens, the session holds the
 * view-scoped state of the last {@value #KEPT} only (web.xml's {@code com.sun.faces.numberOfActiveViewMaps}).
 * Mojarra dropped the beans of older pages but kept one entry of contexts per page until the session ended;
 * {@code ViewScopeContexts} removes those entries at the end of each request.
 */
@ExtendWith(ArquillianExtension.class)
class SessionFootprintIT {

    private static final int KEPT = 10;
    private static final String CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    private static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Deployment
    static WebArchive deployment() {
        return Deployments.inContainer(SessionFootprintIT.class, SessionsSeen.class);
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Test
    void aSessionKeepsTheViewScopedStateOfItsLastPagesOnly() throws Exception {
        long account = ContainerTests.accountId(em, "Airbus Helicopters");
        Browserless emma = signedIn(base, "emma.kam");
        int opened = 3 * KEPT;
        for (int page = 0; page < opened; page++) {
            String path = page % 2 == 0 ? "plan/plan.xhtml?account=" + account : "accounts/account.xhtml?id=" + account;
            assertEquals(200, emma.get(path).statusCode(), path);
        }
        HttpSession session = SessionsSeen.withCookie(emma.cookie("JSESSIONID").orElseThrow());
        Map<?, ?> contexts = (Map<?, ?>) session.getAttribute(CONTEXTS);
        Map<?, ?> viewMaps = (Map<?, ?>) session.getAttribute(VIEW_MAPS);
        Set<Object> kept;
        synchronized (viewMaps) {
            kept = new HashSet<>(viewMaps.keySet());
        }
        assertEquals(KEPT, kept.size(), "Mojarra keeps the view maps of the last " + KEPT + " pages");
        assertTrue(kept.containsAll(contexts.keySet()),
                "only the kept pages have contexts: " + contexts.size() + " entries after " + opened + " pages");
        assertFalse(contexts.isEmpty(), "the kept pages' view-scoped beans are still there");
        assertTrue(contexts.values().stream().allMatch(beans -> !((Map<?, ?>) beans).isEmpty()),
                "each kept page's entry holds its beans");

        assertEquals(200, emma.get("plan/plan.xhtml?account=" + account).statusCode(),
                "the next page opens as before");
        assertTrue(((Map<?, ?>) session.getAttribute(CONTEXTS)).size() <= KEPT);
    }
}
