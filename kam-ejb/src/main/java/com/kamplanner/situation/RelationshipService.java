package com.kamplanner.situation;

import com.kamplanner.account.Account;
import com.kamplanner.account.AccountAccess;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.AppUser;
import com.kamplanner.people.Role;
import com.kamplanner.platform.AccessDeniedException;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.programme.ProgrammeSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relationship coverage of an account's stakeholder map: who of our people knows whom and how well, the influence
 * lines between stakeholders, and the gaps {@link CoverageRules} finds. Rights are the stakeholder map's: whoever
 * sees it reads the coverage (external team members only when granted it); the KAM and the members granted the map
 * change it. Edits go through here, never through the API.
 */
@Stateless
@RolesAllowed({Role.Names.KAM, Role.Names.TEAM_MEMBER, Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE})
public class RelationshipService {

    public static final String NOT_OUR_PERSON = "relationship.person.notOurs";
    public static final String SELF_LINE = "influence.self";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    StakeholderService contacts;

    @Inject
    ProgrammeSettings settings;

    @Inject
    AuditTrail audit;

    /** The coverage as the caller may see it; {@link AccessDeniedException} if they may not see the map. */
    public RelationshipMap map(long accountId) {
        Account account = access.readable(accountId);
        DatabaseRights rights = databases.rights(accountId);
        if (!rights.canSee(KeyAccountDatabaseService.STAKEHOLDER_MAP)) {
            throw new AccessDeniedException();
        }
        List<Stakeholder> stakeholders = databases.stakeholders(accountId);
        List<Relationship> relationships = em.createQuery("select r from Relationship r join fetch r.person p "
                        + "join fetch r.stakeholder s where s.account.id = :account order by s.name, p.displayName",
                        Relationship.class).setParameter("account", accountId).getResultList();
        List<InfluenceLine> lines = em.createQuery("select l from InfluenceLine l join fetch l.from f "
                        + "join fetch l.to t where l.account.id = :account order by f.name, t.name",
                        InfluenceLine.class).setParameter("account", accountId).getResultList();
        List<AttitudeChange> history = em.createQuery("select c from AttitudeChange c join fetch c.stakeholder s "
                        + "where s.account.id = :account order by c.changedAt desc, c.id desc", AttitudeChange.class)
                .setParameter("account", accountId).getResultList();
        List<CoverageGap> gaps = CoverageRules.gaps(
                stakeholders.stream().map(s -> new CoverageRules.Contact(s.getId(), s.getDecisionRole(),
                        s.getInfluence())).toList(),
                relationships.stream().map(r -> new CoverageRules.Tie(r.getStakeholder().getId(),
                        r.getPerson().getId(), r.getStrength(), r.getLastContact())).toList(),
                LocalDate.now(), settings.stakeholderFreshnessDays());
        return new RelationshipMap(stakeholders, people(account, relationships), relationships, lines, gaps, history,
                rights.canWrite(KeyAccountDatabaseService.STAKEHOLDER_MAP));
    }

    /** Adds or changes one relationship; someone else's change since it was loaded gives a stale-edit error. */
    public Relationship save(long accountId, @NotNull @Valid RelationshipInput input) {
        Account account = contacts.writable(accountId);
        Stakeholder stakeholder = contacts.existing(accountId, input.getStakeholderId());
        AppUser person = ourPeople(account).stream().filter(u -> u.getId().equals(input.getUserId())).findFirst()
                .orElseThrow(() -> new BusinessRuleException(NOT_OUR_PERSON));
        Relationship relationship;
        if (input.getId() == null) {
            relationship = em.createQuery("select r from Relationship r where r.stakeholder.id = :s "
                            + "and r.person.id = :u", Relationship.class).setParameter("s", stakeholder.getId())
                    .setParameter("u", person.getId()).getResultStream().findFirst().orElse(null);
            if (relationship != null) {
                throw new StaleEditException(); // someone added this pair since the user loaded the page
            }
            relationship = new Relationship(stakeholder, person);
        } else {
            relationship = em.find(Relationship.class, input.getId());
            if (relationship == null || !relationship.getStakeholder().getAccount().getId().equals(accountId)) {
                throw new NotFoundException();
            }
            OptimisticSave.expectVersion(relationship.getVersion(), input.getVersion());
            if (!relationship.getStakeholder().getId().equals(stakeholder.getId())
                    || !relationship.getPerson().getId().equals(person.getId())) {
                throw new NotFoundException();
            }
        }
        relationship.setStrength(input.getStrength());
        relationship.setLastContact(input.getLastContact());
        if (input.getId() == null) {
            em.persist(relationship);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.RELATIONSHIP_SAVE, "Account", accountId, stakeholder.getName() + " – "
                + person.getUsername() + ": " + input.getStrength());
        return relationship;
    }

    public void remove(long accountId, long relationshipId) {
        contacts.writable(accountId);
        Relationship relationship = em.find(Relationship.class, relationshipId);
        if (relationship == null || !relationship.getStakeholder().getAccount().getId().equals(accountId)) {
            throw new NotFoundException();
        }
        em.remove(relationship);
        audit.record(AuditAction.RELATIONSHIP_REMOVE, "Account", accountId,
                relationship.getStakeholder().getName() + " – " + relationship.getPerson().getUsername());
    }

    /** Draws an influence line, or changes the kind of the one already drawn between the two. */
    public InfluenceLine draw(long accountId, long fromId, long toId, @NotNull InfluenceKind kind) {
        Account account = contacts.writable(accountId);
        if (fromId == toId) {
            throw new BusinessRuleException(SELF_LINE);
        }
        Stakeholder from = contacts.existing(accountId, fromId);
        Stakeholder to = contacts.existing(accountId, toId);
        InfluenceLine line = em.createQuery("select l from InfluenceLine l where l.from.id = :f and l.to.id = :t",
                        InfluenceLine.class).setParameter("f", fromId).setParameter("t", toId).getResultStream()
                .findFirst().orElse(null);
        if (line == null) {
            line = new InfluenceLine(account, from, to, kind);
            em.persist(line);
        } else {
            line.setKind(kind);
        }
        OptimisticSave.flush(em);
        audit.record(AuditAction.INFLUENCE_LINE_DRAWN, "Account", accountId, from.getName() + " → " + to.getName()
                + ": " + kind);
        return line;
    }

    public void erase(long accountId, long lineId) {
        contacts.writable(accountId);
        InfluenceLine line = em.find(InfluenceLine.class, lineId);
        if (line == null || !line.getFrom().getAccount().getId().equals(accountId)) {
            throw new NotFoundException();
        }
        em.remove(line);
        audit.record(AuditAction.INFLUENCE_LINE_ERASED, "Account", accountId, line.getFrom().getName() + " → "
                + line.getTo().getName());
    }

    /**
     * The caller's key accounts with coverage gaps, with the number of stakeholders concerned, by account name: one
     * statement whatever the number of accounts, for the KAM's work list.
     */
    public List<AccountGaps> gapsOfMyAccounts() {
        int freshness = settings.stakeholderFreshnessDays();
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<Long, CoverageRules.Contact>> byAccount = new LinkedHashMap<>();
        Map<Long, List<CoverageRules.Tie>> ties = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select a.id, a.name, s.id, s.decisionRole, s.influence, p.id, "
                        + "r.strength, r.lastContact from Stakeholder s join s.account a left join s.relationships r "
                        + "left join r.person p where a.kam.username = :me and a.keyAccount = true "
                        + "order by a.name, a.id, s.name, s.id", Object[].class)
                .setParameter("me", access.callerName()).getResultList()) {
            long accountId = (Long) row[0];
            long stakeholderId = (Long) row[2];
            names.putIfAbsent(accountId, (String) row[1]);
            byAccount.computeIfAbsent(accountId, k -> new LinkedHashMap<>()).putIfAbsent(stakeholderId,
                    new CoverageRules.Contact(stakeholderId, (DecisionRole) row[3], (Integer) row[4]));
            List<CoverageRules.Tie> accountTies = ties.computeIfAbsent(accountId, k -> new ArrayList<>());
            if (row[5] != null) {
                accountTies.add(new CoverageRules.Tie(stakeholderId, (Long) row[5], (RelationshipStrength) row[6],
                        (LocalDate) row[7]));
            }
        }
        LocalDate today = LocalDate.now();
        List<AccountGaps> result = new ArrayList<>();
        byAccount.forEach((accountId, byId) -> {
            long concerned = CoverageRules.gaps(new ArrayList<>(byId.values()), ties.get(accountId), today, freshness)
                    .stream().map(CoverageGap::stakeholderId).distinct().count();
            if (concerned > 0) {
                result.add(new AccountGaps(accountId, names.get(accountId), (int) concerned));
            }
        });
        return result;
    }

    /** A key account with coverage gaps, and how many of its stakeholders have one. */
    public record AccountGaps(long accountId, String accountName, int stakeholders) {
    }

    /** Our people who may hold a relationship on the account: its KAM, its KA team, its executive sponsor. */
    private List<AppUser> ourPeople(Account account) {
        List<AppUser> people = new ArrayList<>();
        if (account.getKam() != null) {
            people.add(account.getKam());
        }
        for (AppUser member : access.teamMembers(account.getId())) {
            if (people.stream().noneMatch(u -> u.getId().equals(member.getId()))) {
                people.add(member);
            }
        }
        if (account.getSponsor() != null && people.stream().noneMatch(u -> u.getId()
                .equals(account.getSponsor().getId()))) {
            people.add(account.getSponsor());
        }
        return people;
    }

    /** The matrix's columns: our people, then anyone who still holds a relationship but left the team. */
    private List<AppUser> people(Account account, List<Relationship> relationships) {
        List<AppUser> people = ourPeople(account);
        for (Relationship r : relationships) {
            if (people.stream().noneMatch(u -> u.getId().equals(r.getPerson().getId()))) {
                people.add(r.getPerson());
            }
        }
        return people;
    }
}
