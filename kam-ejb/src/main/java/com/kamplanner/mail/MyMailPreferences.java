package com.kamplanner.mail;

import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The caller's own e-mail preferences, as their preferences page reads and saves them. A save replaces them whole,
 * in one transaction, and only over the version the page loaded: two tabs saving at once cannot mix their choices
 * (the second is refused with {@link StaleEditException}). Each person reaches only their own.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE,
        Role.Names.HR, Role.Names.ADMIN})
public class MyMailPreferences {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    public MailChoices load() {
        MailPreferences stored = em.find(MailPreferences.class, me());
        return stored == null ? MailChoices.defaults() : stored.choices();
    }

    /** Stores {@code chosen} if {@code chosen.version()} is still the stored one; a page reloads after it. */
    public void save(MailChoices chosen) {
        long me = me();
        MailPreferences stored = em.find(MailPreferences.class, me);
        if (stored == null) {
            OptimisticSave.expectVersion(0, chosen.version());
            stored = new MailPreferences(me);
            em.persist(stored);
        } else {
            OptimisticSave.expectVersion(stored.getVersion(), chosen.version());
            em.lock(stored, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        stored.choose(chosen.deliveries(), chosen.weeklyDay());
        OptimisticSave.flush(em);
    }

    private long me() {
        String name = context.getCallerPrincipal().getName();
        return em.createNamedQuery(AppUser.BY_USERNAME, AppUser.class).setParameter("username", name)
                .getResultStream().findFirst().map(AppUser::getId).orElseThrow(NotFoundException::new);
    }
}
