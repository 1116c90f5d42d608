package com.kamplanner.calendar;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

/**
 * Each person's calendar feed secret: created (replacing the one before), shown once in full, revoked; only its
 * hash is stored. Creation and revocation are audited. The caller acts on their own secret only, so there is no
 * one else's to reach.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE,
        Role.Names.HR, Role.Names.ADMIN})
public class CalendarTokens {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @jakarta.inject.Inject
    AuditTrail audit;

    /** When the caller's current feed was created; empty when they have none. */
    public Optional<Instant> current() {
        return mine(me()).map(CalendarToken::getCreatedAt);
    }

    /** A new secret for the caller, in full: the only time it is ever shown. An older one stops working. */
    public String create() {
        AppUser me = me();
        mine(me).ifPresent(old -> {
            em.remove(old);
            em.flush();
        });
        String token = FeedSecret.newToken();
        em.persist(new CalendarToken(me, FeedSecret.hash(token)));
        audit.record(AuditAction.CALENDAR_FEED_CREATED, "AppUser", me.getId(), me.getUsername());
        return token;
    }

    /** Stops the caller's feed: its URL answers 404 from now on. Nothing to do when there is none. */
    public void revoke() {
        AppUser me = me();
        mine(me).ifPresent(token -> {
            em.remove(token);
            audit.record(AuditAction.CALENDAR_FEED_REVOKED, "AppUser", me.getId(), me.getUsername());
        });
    }

    /** The owner of a token, if it is well formed, current and its owner enabled. The token is the credential. */
    @PermitAll
    public Optional<AppUser> ownerOf(String token) {
        if (!FeedSecret.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createNamedQuery(CalendarToken.BY_HASH, CalendarToken.class)
                .setParameter("hash", FeedSecret.hash(token)).getResultStream().findFirst()
                .map(CalendarToken::getUser).filter(AppUser::isEnabled);
    }

    private Optional<CalendarToken> mine(AppUser me) {
        return em.createNamedQuery(CalendarToken.OF_USER, CalendarToken.class).setParameter("user", me.getId())
                .getResultStream().findFirst();
    }

    private AppUser me() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultStream().findFirst()
                .orElseThrow(AccessDeniedException::new);
    }
}
