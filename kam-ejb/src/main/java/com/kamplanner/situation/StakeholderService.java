package com.kamplanner.situation;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.FreeText;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * Changes to the stakeholder map: the account's KAM, or a team member granted
 * {@link KeyAccountDatabaseService#STAKEHOLDER_MAP}, adds, edits and removes contacts. Reports-to stays within the
 * account and never loops, so the org chart is a tree.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class StakeholderService {

    public static final String CYCLE = "stakeholder.reportsTo.cycle";
    public static final String OWNER_UNKNOWN = "stakeholder.owner.unknown";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    AuditTrail audit;

    @Inject
    jakarta.enterprise.event.Event<SituationChanged> changed;

    public Stakeholder save(long accountId, @NotNull @Valid StakeholderInput input) {
        Account account = writable(accountId);
        Stakeholder stakeholder;
        Attitude previous = null;
        if (input.getId() == null) {
            stakeholder = new Stakeholder(account, input.getName());
        } else {
            stakeholder = existing(accountId, input.getId());
            OptimisticSave.expectVersion(stakeholder.getVersion(), input.getVersion());
            previous = stakeholder.getAttitude();
        }
        stakeholder.setName(input.getName().trim());
        stakeholder.setTitle(FreeText.orNull(input.getTitle()));
        stakeholder.setDecisionRole(input.getDecisionRole());
        stakeholder.setInfluence(input.getInfluence());
        stakeholder.setAttitude(input.getAttitude());
        stakeholder.setLastContact(input.getLastContact());
        stakeholder.setReportsTo(input.getReportsToId() == null ? null : manager(accountId, stakeholder,
                input.getReportsToId()));
        stakeholder.setRelationshipOwner(input.getRelationshipOwnerId() == null ? null
                : owner(input.getRelationshipOwnerId()));
        if (input.getId() == null) {
            em.persist(stakeholder);
        }
        if (previous != input.getAttitude()) {
            em.persist(new AttitudeChange(stakeholder, previous, input.getAttitude(), access.callerName(),
                    Instant.now()));
        }
        OptimisticSave.flush(em);
        audit.record(input.getId() == null ? AuditAction.STAKEHOLDER_ADD : AuditAction.STAKEHOLDER_EDIT, "Account",
                accountId,
                stakeholder.getName());
        changed.fire(new SituationChanged(accountId));
        return stakeholder;
    }

    /** Who may own the relationship with a contact: the account's KAM and the members of its KA team. */
    public java.util.List<AppUser> possibleOwners(long accountId) {
        Account account = writable(accountId);
        java.util.List<AppUser> owners = new java.util.ArrayList<>(access.teamMembers(accountId));
        if (account.getKam() != null && owners.stream().noneMatch(u -> u.getId().equals(account.getKam().getId()))) {
            owners.add(0, account.getKam());
        }
        return owners;
    }

    public void remove(long accountId, long stakeholderId) {
        writable(accountId);
        Stakeholder stakeholder = existing(accountId, stakeholderId);
        em.createQuery("update Stakeholder s set s.reportsTo = null where s.reportsTo.id = :id")
                .setParameter("id", stakeholderId).executeUpdate();
        em.createQuery("delete from Relationship r where r.stakeholder.id = :id").setParameter("id", stakeholderId)
                .executeUpdate();
        em.createQuery("delete from InfluenceLine l where l.from.id = :id or l.to.id = :id")
                .setParameter("id", stakeholderId).executeUpdate();
        em.createQuery("delete from AttitudeChange c where c.stakeholder.id = :id").setParameter("id", stakeholderId)
                .executeUpdate();
        em.remove(stakeholder);
        audit.record(AuditAction.STAKEHOLDER_REMOVE, "Account", accountId, stakeholder.getName());
        OptimisticSave.flush(em);
        changed.fire(new SituationChanged(accountId));
    }

    /**
     * The account, if the caller may change its stakeholder map (its KAM, or a member granted it);
     * {@link AccessDeniedException} otherwise. The relationship coverage is changed under the same right.
     */
    public Account writable(long accountId) {
        Account account = access.readable(accountId);
        if (!databases.rights(accountId).canWrite(KeyAccountDatabaseService.STAKEHOLDER_MAP)) {
            throw new AccessDeniedException();
        }
        return account;
    }

    /** A contact of the account's map; {@link NotFoundException} for another account's, so ids cannot cross. */
    public Stakeholder existing(long accountId, long id) {
        Stakeholder stakeholder = em.find(Stakeholder.class, id);
        if (stakeholder == null || !stakeholder.getAccount().getId().equals(accountId)) {
            throw new NotFoundException();
        }
        return stakeholder;
    }

    private Stakeholder manager(long accountId, Stakeholder self, long managerId) {
        Stakeholder manager = existing(accountId, managerId);
        Set<Long> seen = new HashSet<>();
        for (Stakeholder s = manager; s != null; s = s.getReportsTo()) {
            if (s == self || (self.getId() != null && self.getId().equals(s.getId())) || !seen.add(s.getId())) {
                throw new BusinessRuleException(CYCLE);
            }
        }
        return manager;
    }

    private AppUser owner(long userId) {
        AppUser owner = em.find(AppUser.class, userId);
        if (owner == null) {
            throw new BusinessRuleException(OWNER_UNKNOWN);
        }
        return owner;
    }
}
