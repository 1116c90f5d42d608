package com.kamplanner.security;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.SecurityLog;
import com.kamplanner.programme.ProgrammeSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The security events for the administrator: refused logins of the last day, the blocks that hold and their
 * lifting, and the directory's last check, which the directory login records here.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SecurityEvents {

    /** What "recent" means for refused logins: the work list's and the security page's last 24 hours. */
    public static final Duration RECENT = Duration.ofHours(24);
    public static final String NO_SUCH_BLOCK = "security.block.notFound";
    private static final int MAX_LISTED = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    ProgrammeSettings programme;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** How many logins were refused since {@code since}: one statement. */
    public long refusedSince(Instant since) {
        return em.createQuery("select count(e) from SecurityEvent e where e.type in :types and e.at >= :since",
                        Long.class)
                .setParameter("types", SecurityEventType.REFUSALS).setParameter("since", since).getSingleResult();
    }

    /** The refused logins since {@code since}, latest first, at most 200. */
    public List<SecurityEvent> refusals(Instant since) {
        return em.createQuery("select e from SecurityEvent e where e.type in :types and e.at >= :since "
                        + "order by e.at desc, e.id desc", SecurityEvent.class)
                .setParameter("types", SecurityEventType.REFUSALS).setParameter("since", since)
                .setMaxResults(MAX_LISTED).getResultList();
    }

    /** The blocks that hold now, latest first: the block and lift events of one block length back, judged. */
    public List<Block> activeBlocks() {
        Instant now = Instant.now();
        ThrottleSettings settings = programme.throttling();
        List<SecurityEvent> events = em.createQuery("select e from SecurityEvent e where e.type in :types "
                        + "and e.at >= :since", SecurityEvent.class)
                .setParameter("types", EnumSet.of(SecurityEventType.LOGIN_BLOCKED, SecurityEventType.BLOCK_LIFTED,
                        SecurityEventType.ADDRESS_BLOCKED, SecurityEventType.ADDRESS_BLOCK_LIFTED))
                .setParameter("since", now.minus(settings.block())).getResultList();
        Map<String, List<ThrottleRules.Event>> bySubject = new LinkedHashMap<>();
        Map<String, Instant> since = new LinkedHashMap<>();
        for (SecurityEvent e : events) {
            BlockScope scope = scopeOf(e.getType());
            String key = scope + "\u0000" + subjectOf(scope, e);
            bySubject.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new ThrottleRules.Event(e.getType(), e.getUsername(), e.getAt()));
            if (e.getType() == scope.blockType()) {
                since.merge(key, e.getAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<Block> blocks = new ArrayList<>();
        bySubject.forEach((key, subjectEvents) -> {
            BlockScope scope = BlockScope.valueOf(key.substring(0, key.indexOf('\u0000')));
            ThrottleRules.Verdict verdict = ThrottleRules.judge(scope, subjectEvents, settings, now);
            if (verdict.blocked()) {
                blocks.add(new Block(scope, key.substring(key.indexOf('\u0000') + 1), since.get(key),
                        verdict.blockedUntil()));
            }
        });
        blocks.sort(Comparator.comparing(Block::since).reversed());
        return blocks;
    }

    /**
     * Lifts the block on a user name or an address: from now on its failures count afresh. Audited, and written
     * to the security log.
     */
    public void lift(BlockScope scope, String subject) {
        if (scope == null || subject == null || activeBlocks().stream()
                .noneMatch(b -> b.scope() == scope && b.subject().equals(subject))) {
            throw new BusinessRuleException(NO_SUCH_BLOCK);
        }
        String admin = context.getCallerPrincipal().getName();
        boolean user = scope == BlockScope.USER;
        em.persist(new SecurityEvent(scope.liftType(), user ? subject : null, user ? null : subject, Instant.now(),
                "lifted by " + admin));
        SecurityLog.log(SecurityLog.Event.BLOCK_LIFTED, admin, null, null, scope + " " + subject);
        audit.record(AuditAction.SECURITY_BLOCK_LIFTED, "LoginBlock", scope + ":" + subject, null);
    }

    /** Records one check of the directory, from the directory login; open to anyone since a login is not signed in. */
    @PermitAll
    public void directoryChecked(boolean ok, String detail) {
        em.persist(new SecurityEvent(ok ? SecurityEventType.DIRECTORY_CHECK_OK
                : SecurityEventType.DIRECTORY_CHECK_FAILED, null, null, Instant.now(), detail));
    }

    /** The directory's last check, if it was ever checked. */
    public Optional<DirectoryCheck> lastDirectoryCheck() {
        return em.createQuery("select e from SecurityEvent e where e.type in :types order by e.at desc, e.id desc",
                        SecurityEvent.class)
                .setParameter("types", EnumSet.of(SecurityEventType.DIRECTORY_CHECK_OK,
                        SecurityEventType.DIRECTORY_CHECK_FAILED))
                .setMaxResults(1).getResultStream().findFirst()
                .map(e -> new DirectoryCheck(e.getAt(), e.getType() == SecurityEventType.DIRECTORY_CHECK_OK,
                        e.getDetail()));
    }

    private static BlockScope scopeOf(SecurityEventType type) {
        return type == SecurityEventType.LOGIN_BLOCKED || type == SecurityEventType.BLOCK_LIFTED ? BlockScope.USER
                : BlockScope.ADDRESS;
    }

    private static String subjectOf(BlockScope scope, SecurityEvent e) {
        return scope == BlockScope.USER ? e.getUsername() : e.getRemoteAddress();
    }
}
