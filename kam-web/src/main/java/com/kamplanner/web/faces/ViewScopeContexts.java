package com.kamplanner.web.faces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Drops, at the end of every page request, what Mojarra keeps in the session for the view-scoped beans of pages it
 * no longer keeps (issue 17's soak).
 * <p>
 * Mojarra keeps the view maps of a session's last pages ({@code com.sun.faces.numberOfActiveViewMaps}, 10 in
 * web.xml) in the session attribute {@value #ACTIVE_VIEW_MAPS}, and, per view map id, a map of the contexts of its
 * view-scoped beans in {@value #ACTIVE_VIEW_CONTEXTS}. When it drops a page's view map, it destroys the page's beans
 * but leaves that page's entry of contexts in the session until the session ends (Mojarra 4.0.11; MyFaces fixed
 * the same omission as MYFACES-4260). A session that opens pages all day grows by one entry per page, and with
 * {@code <distributable/>} the Data Grid copies the whole session after every request.
 * <p>
 * This removes the entries whose view map id is no longer among the active view maps, then sets the attribute
 * again so that a replicated session follows. It takes the entries first and the active ids second: Mojarra adds
 * a view map's id to the active ones before it creates its first context, so an entry taken first whose id is
 * missing afterwards belongs to a dropped page, even while another request of the session opens a new one. On
 * another Faces implementation, or a session without view-scoped beans, the attributes are absent and nothing
 * happens.
 */
@WebFilter(servletNames = "Faces Servlet", asyncSupported = true)
public class ViewScopeContexts extends HttpFilter {

    /** Mojarra's session attribute: view map id → the contexts of that page's view-scoped beans. */
    static final String ACTIVE_VIEW_CONTEXTS = "com.sun.faces.application.view.activeViewContexts";

    /** Mojarra's session attribute: view map id → view map, of the pages whose view-scoped beans are kept. */
    static final String ACTIVE_VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                prune(session);
            }
        }
    }

    /** Removes the contexts of the pages no longer kept; says how many pages' entries went. */
    static int prune(HttpSession session) {
        try {
            if (!(session.getAttribute(ACTIVE_VIEW_CONTEXTS) instanceof Map<?, ?> contexts)) {
                return 0;
            }
            Set<Object> entries = new HashSet<>(contexts.keySet());
            if (!(session.getAttribute(ACTIVE_VIEW_MAPS) instanceof Map<?, ?> viewMaps)) {
                return 0; // not the Mojarra this was read from: leave its state alone
            }
            entries.removeAll(activeIds(viewMaps));
            if (entries.isEmpty()) {
                return 0;
            }
            contexts.keySet().removeAll(entries);
            session.setAttribute(ACTIVE_VIEW_CONTEXTS, contexts);
            return entries.size();
        } catch (IllegalStateException invalidated) {
            return 0; // the request logged out: the session and its attributes are gone
        }
    }

    /** The ids of the kept view maps: Mojarra's map is a synchronized one, so it is read under its own lock. */
    private static Set<Object> activeIds(Map<?, ?> viewMaps) {
        synchronized (viewMaps) {
            return new HashSet<>(viewMaps.keySet());
        }
    }
}
