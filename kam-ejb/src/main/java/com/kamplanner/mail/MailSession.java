package com.kamplanner.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The server's mail session {@code mail/kam}, looked up when needed rather than injected: a server without it
 * (the default for {@code ./mvnw -Prun}) runs the application with e-mail off instead of refusing to deploy it.
 * A session found is kept; an absent one is looked up again next time, so that IT can add it while running.
 */
@ApplicationScoped
public class MailSession {

    /** The JNDI name of the resource IT creates ({@code asadmin create-javamail-resource ... mail/kam}). */
    public static final String JNDI_NAME = "mail/kam";

    private static final Logger LOG = Logger.getLogger(MailSession.class.getName());

    private volatile Session session;

    /** The session, or empty when the server has none: e-mail is then off. */
    public Optional<Session> get() {
        Session found = session;
        if (found == null) {
            found = lookUp();
            session = found;
        }
        return Optional.ofNullable(found);
    }

    public boolean isConfigured() {
        return get().isPresent();
    }

    private static Session lookUp() {
        try {
            return (Session) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | ClassCastException e) {
            LOG.log(Level.FINE, "No mail session " + JNDI_NAME + ": e-mail is off", e);
            return null;
        }
    }
}
