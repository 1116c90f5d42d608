package com.kamplanner.security;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Personal API tokens: each person creates (seen once in full), lists and revokes their own; the administrator
 * lists and revokes anyone's. Creation and revocation are audited. Checking a token on each API request is one
 * lookup by its hash on a unique index, with no password hashing, and a write of its last use at most once a
 * minute. Someone else's token id is answered as not found, never as forbidden, so ids reveal nothing.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE,
        Role.Names.HR, Role.Names.ADMIN})
public class ApiTokens {

    private static final String TOUCH = "update api_token set last_used_at = ? where id = ?";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    Clock clock = Clock.systemUTC();

    /** A new token for the caller, in full: the only time its text exists outside the caller's hands. */
    public NewApiToken create(String name, Integer expiresInDays, boolean readOnly) {
        AppUser me = me();
        Instant now = clock.instant();
        String checkedName = ApiTokenRules.checkedName(name);
        Instant expiresAt = ApiTokenRules.expiry(now, expiresInDays);
        String token = ApiTokenSecret.newToken();
        ApiToken saved = new ApiToken(me, checkedName, ApiTokenSecret.hash(token), readOnly, now, expiresAt);
        em.persist(saved);
        em.flush();
        audit.record(AuditAction.API_TOKEN_CREATED, "ApiToken", saved.getId(),
                me.getUsername() + " " + checkedName + (readOnly ? " read-only" : " read-write"));
        return new NewApiToken(saved.getId(), checkedName, token, expiresAt, readOnly);
    }

    /** The caller's tokens, newest first, expired ones included until they are revoked. */
    public List<ApiToken> mine() {
        return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class).setParameter("user", me().getId())
                .getResultList();
    }

    /** Revokes one of the caller's tokens; someone else's, or one that is gone, is not found. */
    public void revokeMine(long id) {
        AppUser me = me();
        revoke(find(id).filter(t -> t.getUser().getId().equals(me.getId())).orElseThrow(NotFoundException::new));
    }

    /** Every person's tokens, by owner, for the administrator. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<ApiToken> all() {
        return em.createNamedQuery(ApiToken.ALL, ApiToken.class).getResultList();
    }

    /** One person's tokens, newest first, for the administrator. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<ApiToken> of(long userId) {
        return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class).setParameter("user", userId).getResultList();
    }

    /** The administrator revokes a person's token; a token of another person than {@code userId} is not found. */
    @RolesAllowed(Role.Names.ADMIN)
    public void revoke(long userId, long id) {
        revoke(find(id).filter(t -> t.getUser().getId() == userId).orElseThrow(NotFoundException::new));
    }

    /**
     * Who a bearer token speaks for, if it is well formed, known, not expired and its owner enabled: one lookup
     * by hash. Its last use is written when none was written in the past minute, by a plain update that neither
     * checks nor bumps the version, so that parallel requests with one token never fail on each other.
     */
    @PermitAll
    public Optional<TokenCaller> authenticate(String token) {
        if (!ApiTokenSecret.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", ApiTokenSecret.hash(token)).getResultStream().findFirst();
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().isCurrentAt(now) || !found.get().getUser().isEnabled()) {
            return Optional.empty();
        }
        ApiToken valid = found.get();
        if (ApiTokenRules.touchDue(valid.getLastUsedAt(), now)) {
            em.createNativeQuery(TOUCH).setParameter(1, Timestamp.from(now)).setParameter(2, valid.getId())
                    .executeUpdate();
        }
        AppUser owner = valid.getUser();
        return Optional.of(new TokenCaller(valid.getId(), owner.getUsername(),
                owner.getRoles().stream().map(Role::roleName).collect(Collectors.toUnmodifiableSet()),
                valid.isReadOnly()));
    }

    private void revoke(ApiToken token) {
        audit.record(AuditAction.API_TOKEN_REVOKED, "ApiToken", token.getId(),
                token.getUser().getUsername() + " " + token.getName());
        em.remove(token);
    }

    private Optional<ApiToken> find(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    private AppUser me() {
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", context.getCallerPrincipal().getName()).getResultStream().findFirst()
                .orElseThrow(AccessDeniedException::new);
    }
}
