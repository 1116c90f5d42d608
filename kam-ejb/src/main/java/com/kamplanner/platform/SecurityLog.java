package com.kamplanner.platform;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Security events as one JSON object per log line, on the logger {@code kam.security}, so that IT can ship and
 * search them: logins, logouts, failed logins, login blocks and their lifting, forbidden access, role changes. Each line carries the request's
 * correlation id. It takes names and outcomes only: there is no parameter through which a password or a
 * personal note could reach the log.
 */
public final class SecurityLog {

    public static final String LOGGER = "kam.security";
    private static final Logger LOG = Logger.getLogger(LOGGER);

    /** The events this log knows. */
    public enum Event {
        LOGIN("login.success"), LOGIN_FAILED("login.failed"), LOGOUT("logout"), FORBIDDEN("access.forbidden"),
        ROLES_CHANGED("roles.changed"), LOGIN_BLOCKED("login.blocked"), BLOCK_LIFTED("login.blockLifted");

        private final String code;

        Event(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private SecurityLog() {
    }

    /**
     * Logs one event. {@code user} is a user name, {@code channel} how they came (form, basic, ...),
     * {@code detail} a short technical fact (a path, a role list), never user-typed free text.
     */
    public static void log(Event event, String user, String channel, String remoteAddress, String detail) {
        Level level = event == Event.LOGIN_FAILED || event == Event.FORBIDDEN || event == Event.LOGIN_BLOCKED
                ? Level.WARNING : Level.INFO;
        if (!LOG.isLoggable(level)) {
            return;
        }
        JsonObjectBuilder line = JsonBuilders.object()
                .add("at", Instant.now().toString())
                .add("event", event.code())
                .add("user", user == null ? "anonymous" : clip(user))
                .add("correlationId", CorrelationId.current());
        if (channel != null) {
            line.add("channel", channel);
        }
        if (remoteAddress != null) {
            line.add("remote", remoteAddress);
        }
        if (detail != null) {
            line.add("detail", clip(detail));
        }
        LOG.log(level, line.build().toString());
    }

    private static String clip(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
