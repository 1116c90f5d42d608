package com.kamplanner.security;

import com.kamplanner.platform.SecurityLog;
import com.kamplanner.programme.ProgrammeSettings;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Login throttling, asked by the authentication mechanism before and after each password check, whatever the
 * identity store (local or directory) and the way in (page or API). Open to anyone, since a login is by nature not
 * yet signed in. It reads and writes the security events table, so every node counts the same failures; the
 * rule itself is {@link ThrottleRules}. A name nobody has is counted and blocked like any other, so the answer
 * never tells whether a user exists.
 */
@Stateless
@PermitAll
public class LoginThrottle {

    private static final Set<SecurityEventType> USER_EVENTS = EnumSet.of(SecurityEventType.LOGIN_REFUSED,
            SecurityEventType.LOGIN_BLOCKED, SecurityEventType.BLOCK_LIFTED);
    private static final Set<SecurityEventType> ADDRESS_EVENTS = EnumSet.of(SecurityEventType.LOGIN_REFUSED,
            SecurityEventType.ADDRESS_BLOCKED, SecurityEventType.ADDRESS_BLOCK_LIFTED);

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeSettings programme;

    /**
     * The verdict before a password is checked. When blocked, the attempt is recorded as refused during the block
     * (and the password must not be checked); otherwise the caller waits {@link ThrottleRules#delay} first.
     */
    public ThrottleRules.Verdict check(String typedName, String address, String channel) {
        String username = SecurityEvent.clip(typedName, SecurityEvent.USERNAME_LENGTH);
        Instant now = Instant.now();
        ThrottleSettings settings = programme.throttling();
        ThrottleRules.Verdict verdict = judge(username, address, settings, now);
        if (verdict.blocked()) {
            em.persist(new SecurityEvent(SecurityEventType.LOGIN_REFUSED_BLOCKED, username, address, now, channel));
            SecurityLog.log(SecurityLog.Event.LOGIN_FAILED, username, channel, address,
                    "blocked until " + verdict.blockedUntil());
        }
        return verdict;
    }

    /**
     * Records a refused login and answers the verdict after it: when this failure reaches a threshold, the user
     * name or the address is blocked from now on, which the security log records too.
     */
    public ThrottleRules.Verdict refused(String typedName, String address, String channel) {
        String username = SecurityEvent.clip(typedName, SecurityEvent.USERNAME_LENGTH);
        Instant now = Instant.now();
        ThrottleSettings settings = programme.throttling();
        em.persist(new SecurityEvent(SecurityEventType.LOGIN_REFUSED, username, address, now, channel));
        em.flush();
        ThrottleRules.Verdict user = ThrottleRules.judge(BlockScope.USER, userEvents(username, settings, now),
                settings, now);
        ThrottleRules.Verdict remote = ThrottleRules.judge(BlockScope.ADDRESS, addressEvents(address, settings, now),
                settings, now);
        Instant until = now.plus(settings.block());
        if (ThrottleRules.startsBlock(BlockScope.USER, user, settings)) {
            em.persist(new SecurityEvent(SecurityEventType.LOGIN_BLOCKED, username, address, now, channel));
            SecurityLog.log(SecurityLog.Event.LOGIN_BLOCKED, username, channel, address,
                    "user name blocked until " + until + " after " + user.failures() + " failures");
            user = new ThrottleRules.Verdict(until, user.failures());
        }
        if (address != null && ThrottleRules.startsBlock(BlockScope.ADDRESS, remote, settings)) {
            em.persist(new SecurityEvent(SecurityEventType.ADDRESS_BLOCKED, null, address, now, channel));
            SecurityLog.log(SecurityLog.Event.LOGIN_BLOCKED, username, channel, address,
                    "address blocked until " + until + " after failures for " + remote.failures() + " user names");
            remote = new ThrottleRules.Verdict(until, remote.failures());
        }
        return user.and(remote);
    }

    private ThrottleRules.Verdict judge(String username, String address, ThrottleSettings settings, Instant now) {
        ThrottleRules.Verdict user = ThrottleRules.judge(BlockScope.USER, userEvents(username, settings, now),
                settings, now);
        return user.and(ThrottleRules.judge(BlockScope.ADDRESS, addressEvents(address, settings, now), settings,
                now));
    }

    private List<ThrottleRules.Event> userEvents(String username, ThrottleSettings settings, Instant now) {
        if (username == null) {
            return List.of();
        }
        return events("e.username = :subject", username, USER_EVENTS, settings, now);
    }

    private List<ThrottleRules.Event> addressEvents(String address, ThrottleSettings settings, Instant now) {
        if (address == null) {
            return List.of();
        }
        return events("e.remoteAddress = :subject", address, ADDRESS_EVENTS, settings, now);
    }

    private List<ThrottleRules.Event> events(String condition, String subject, Set<SecurityEventType> types,
                                             ThrottleSettings settings, Instant now) {
        return em.createQuery("select e from SecurityEvent e where " + condition
                        + " and e.at >= :since and e.type in :types", SecurityEvent.class)
                .setParameter("subject", subject)
                .setParameter("since", ThrottleRules.lookBack(settings, now))
                .setParameter("types", types)
                .getResultStream()
                .map(e -> new ThrottleRules.Event(e.getType(), e.getUsername(), e.getAt()))
                .toList();
    }
}
