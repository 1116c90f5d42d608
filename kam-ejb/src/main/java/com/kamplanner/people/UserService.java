package com.kamplanner.people;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.platform.Bilingual;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.SecurityLog;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * User administration and the caller's own identity. Holds the rule that the programme always keeps at least
 * one enabled administrator, whatever page or API tries otherwise.
 */
@Stateless
@DeclareRoles({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.KAM, Role.Names.TEAM_MEMBER,
        Role.Names.HR, Role.Names.ADMIN})
public class UserService {

    public static final String LAST_ADMIN = "user.lastAdmin";
    public static final String USERNAME_TAKEN = "user.username.taken";
    public static final String PASSWORD_TOO_SHORT = "user.password.tooShort";
    public static final String NO_ROLE = "user.roles.required";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditTrail audit;

    /** The logged-in caller, whatever their role. */
    @PermitAll
    public AppUser currentUser() {
        return findByUsername(context.getCallerPrincipal().getName()).orElseThrow(NotFoundException::new);
    }

    @PermitAll
    public Optional<AppUser> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class)
                .setParameter("username", username.toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * The caller's language at login: the one stored, or else {@code negotiated} (the browser's), which becomes
     * theirs; English or French either way. A caller unknown to the database gets {@code negotiated} unchanged.
     */
    @PermitAll
    public Locale languageAtLogin(Locale negotiated) {
        Optional<AppUser> me = findByUsername(context.getCallerPrincipal().getName());
        if (me.isEmpty()) {
            return Bilingual.supported(negotiated);
        }
        if (me.get().getLanguage() != null) {
            return Locale.forLanguageTag(me.get().getLanguage());
        }
        // One conditional update rather than a change of the entity: the same person signing in from two browsers
        // at once (or a load test) would otherwise both bump the version and one login would fail on the lock.
        // The first to commit wins; the other reads the stored language back.
        em.createQuery("update AppUser u set u.language = :language where u.id = :id and u.language is null")
                .setParameter("language", Bilingual.supported(negotiated).getLanguage())
                .setParameter("id", me.get().getId()).executeUpdate();
        return Locale.forLanguageTag(em.createQuery("select u.language from AppUser u where u.id = :id", String.class)
                .setParameter("id", me.get().getId()).getSingleResult());
    }

    /** The caller's stored language, if they have one. */
    @PermitAll
    public Optional<Locale> myLanguage() {
        return findByUsername(context.getCallerPrincipal().getName()).map(AppUser::getLanguage)
                .map(Locale::forLanguageTag);
    }

    /** Stores the caller's choice of the EN/FR switch: English or French, the closest to {@code language}. */
    @PermitAll
    public void chooseLanguage(Locale language) {
        findByUsername(context.getCallerPrincipal().getName())
                .ifPresent(me -> me.setLanguage(Bilingual.supported(language).getLanguage()));
    }

    /** The enabled users who hold no role, who can sign in but reach nothing: one statement. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<AppUser> withoutRole() {
        return em.createQuery("select u from AppUser u where u.enabled = true and u.roles is empty "
                + "order by u.displayName", AppUser.class).setMaxResults(200).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AppUser> list() {
        return em.createNamedQuery(AppUser.ALL, AppUser.class).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AppUser find(long id) {
        AppUser user = em.find(AppUser.class, id);
        if (user == null) {
            throw new NotFoundException();
        }
        return user;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public AppUser create(String username, String displayName, String email, String password, Set<Role> roles,
                          boolean external) {
        String name = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
        if (findByUsername(name).isPresent()) {
            throw new BusinessRuleException(USERNAME_TAKEN, name);
        }
        requireRoles(roles);
        AppUser user = new AppUser(name, displayName == null ? null : displayName.trim(), roles);
        user.setEmail(email);
        user.setExternal(external);
        user.setPasswordHash(passwords.hash(checkedPassword(password)));
        em.persist(user);
        OptimisticSave.flush(em);
        audit.record(AuditAction.USER_CREATED, "AppUser", user.getId(), name + " roles=" + roles);
        return user;
    }

    /**
     * Saves the display name, e-mail, enabled flag, external flag and roles of a user loaded earlier.
     * The version the user was loaded with decides: a newer one in the database means someone else saved first.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public AppUser update(AppUser edited) {
        AppUser current = find(edited.getId());
        OptimisticSave.expectVersion(current.getVersion(), edited.getVersion());
        requireRoles(edited.getRoles());
        boolean losesAdmin = current.hasRole(Role.ADMIN) && current.isEnabled()
                && (!edited.hasRole(Role.ADMIN) || !edited.isEnabled());
        if (losesAdmin) {
            requireAnotherAdmin(current);
        }
        Set<Role> before = current.getRoles();
        String language = current.getLanguage();
        AppUser saved = OptimisticSave.save(em, edited);
        saved.setLanguage(language);
        if (!before.equals(saved.getRoles())) {
            audit.record(AuditAction.USER_ROLES_CHANGED, "AppUser", saved.getId(),
                    saved.getUsername() + " " + before + " -> " + saved.getRoles());
            SecurityLog.log(SecurityLog.Event.ROLES_CHANGED, context.getCallerPrincipal().getName(), null, null,
                    saved.getUsername() + " " + before + " -> " + saved.getRoles());
        }
        audit.record(AuditAction.USER_UPDATED, "AppUser", saved.getId(), saved.getUsername());
        return saved;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void resetPassword(long userId, String newPassword) {
        AppUser user = find(userId);
        user.setPasswordHash(passwords.hash(checkedPassword(newPassword)));
        audit.record(AuditAction.USER_PASSWORD_RESET, "AppUser", userId, user.getUsername());
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void delete(long userId, long version) {
        AppUser user = find(userId);
        OptimisticSave.expectVersion(user.getVersion(), version);
        if (user.hasRole(Role.ADMIN) && user.isEnabled()) {
            requireAnotherAdmin(user);
        }
        em.remove(user);
        audit.record(AuditAction.USER_DELETED, "AppUser", userId, user.getUsername());
    }

    /** Locks the enabled administrators so that two admins cannot demote each other at the same moment. */
    private void requireAnotherAdmin(AppUser leaving) {
        List<AppUser> admins = em.createQuery(
                        "select u from AppUser u join u.roles r where r = :role and u.enabled = true", AppUser.class)
                .setParameter("role", Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        boolean another = admins.stream().anyMatch(a -> !a.getId().equals(leaving.getId()));
        if (!another) {
            throw new BusinessRuleException(LAST_ADMIN);
        }
    }

    private static void requireRoles(Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new BusinessRuleException(NO_ROLE);
        }
    }

    private static String checkedPassword(String password) {
        if (password == null || password.length() < PasswordHashing.MIN_LENGTH) {
            throw new BusinessRuleException(PASSWORD_TOO_SHORT, PasswordHashing.MIN_LENGTH);
        }
        return password;
    }
}
