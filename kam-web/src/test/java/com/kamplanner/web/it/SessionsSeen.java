package com.kamplanner.web.it;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions of a test deployment, by id, so that an in-container test can look into the session its
 * HTTP client holds. Added only to the deployments that need it; the product has no such registry.
 */
@WebListener
public class SessionsSeen implements HttpSessionListener, HttpSessionIdListener {

    private static final Map<String, HttpSession> SESSIONS = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        SESSIONS.remove(oldSessionId);
        SESSIONS.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        SESSIONS.remove(event.getSession().getId());
    }

    /** The live session whose cookie value this is (a route suffix after the id is allowed). */
    public static HttpSession withCookie(String cookieValue) {
        return SESSIONS.entrySet().stream()
                .filter(e -> cookieValue.equals(e.getKey()) || cookieValue.startsWith(e.getKey() + "."))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("No live session for the cookie " + cookieValue + " among "
                        + SESSIONS.keySet()));
    }
}
