package com.kamplanner.conflict;

import com.kamplanner.account.Account;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.notification.NotificationKind;
import com.kamplanner.notification.Notifications;
import com.kamplanner.notification.Occasion;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Download;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The conflict register, for the KA Director alone: pages of entries filtered and sorted in the database, new
 * entries and edits (stale edits refused), and forward moves of the status under {@link ConflictRules}. Every
 * change is audited, and whoever a new or edited entry names is told (see {@link #tell}).
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class ConflictService {

    static final String SUBJECT = "Conflict";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AuditTrail audit;

    @Inject
    ExportTrail exports;

    @Inject
    Notifications notifications;

    public List<Conflict> page(ConflictQuery query) {
        TypedQuery<Conflict> q = em.createQuery("select c from Conflict c" + where(query) + query.orderBy(),
                Conflict.class);
        bind(q, query);
        List<Conflict> page = q.setFirstResult(query.getFirst()).setMaxResults(query.getMax()).getResultList();
        page.forEach(c -> c.getAccounts().size());
        return page;
    }

    public long count(ConflictQuery query) {
        TypedQuery<Long> q = em.createQuery("select count(c) from Conflict c" + where(query), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    /** How many entries there are per status, counted in the database. */
    public List<Object[]> countsByStatus() {
        return em.createQuery("select c.status, count(c) from Conflict c group by c.status order by c.status",
                Object[].class).getResultList();
    }

    /** The conflicts not resolved yet, longest open first, at most {@code max}: one statement, parties not loaded. */
    public List<Conflict> unresolved(int max) {
        return em.createQuery("select c from Conflict c where c.status <> :resolved order by c.openedAt, c.id",
                Conflict.class).setParameter("resolved", ConflictStatus.RESOLVED).setMaxResults(max).getResultList();
    }

    public Conflict find(long id) {
        Conflict conflict = em.find(Conflict.class, id);
        if (conflict == null) {
            throw new NotFoundException();
        }
        conflict.getAccounts().size();
        return conflict;
    }

    /** The key accounts a conflict may name as parties, by name. */
    public List<Account> keyAccounts() {
        return em.createQuery("select a from Account a where a.keyAccount = true order by a.name", Account.class)
                .getResultList();
    }

    /** Opens a new entry, status open. */
    public Conflict open(String title, ConflictKind kind, String otherParties, String description,
                         List<Long> accountIds) {
        Conflict conflict = new Conflict(title, kind, description, caller(), Instant.now());
        conflict.edit(title, kind, otherParties, description, accounts(accountIds));
        em.persist(conflict);
        OptimisticSave.flush(em);
        audit.record(AuditAction.CONFLICT_OPEN, SUBJECT, conflict.getId(), kind + ": " + conflict.getTitle());
        tell(conflict);
        return conflict;
    }

    /** Edits what the entry says; refused with the stale-edit message when someone saved it since it was loaded. */
    public Conflict edit(long id, long loadedVersion, String title, ConflictKind kind, String otherParties,
                         String description, List<Long> accountIds) {
        Conflict conflict = current(id, loadedVersion);
        conflict.edit(title, kind, otherParties, description, accounts(accountIds));
        OptimisticSave.flush(em);
        audit.record(AuditAction.CONFLICT_EDIT, SUBJECT, id, kind + ": " + conflict.getTitle());
        tell(conflict);
        return conflict;
    }

    /** Moves the entry forward (never back); resolving needs the resolution note. */
    public Conflict move(long id, long loadedVersion, ConflictStatus next, String resolutionNote) {
        Conflict conflict = current(id, loadedVersion);
        ConflictStatus from = conflict.getStatus();
        conflict.moveTo(next, resolutionNote, caller(), Instant.now());
        OptimisticSave.flush(em);
        audit.record(AuditAction.CONFLICT_STATUS, SUBJECT, id, from + " -> " + next);
        return conflict;
    }

    /** Every entry matching the filter, for the XLSX export, in the table's order. */
    public List<Conflict> all(ConflictQuery query) {
        TypedQuery<Conflict> q = em.createQuery("select c from Conflict c" + where(query) + query.orderBy(),
                Conflict.class);
        bind(q, query);
        List<Conflict> all = q.getResultList();
        all.forEach(c -> c.getAccounts().size());
        return all;
    }

    /** The entries matching the filter as the register's workbook, in the reader's words; audited and counted. */
    public Download export(ConflictQuery query, Function<String, String> text) {
        List<Conflict> entries = all(query);
        return exports.exported(AuditAction.CONFLICT_REGISTER_EXPORTED, SUBJECT, null,
                new Download("conflict-register.xlsx", Download.XLSX, ConflictExport.xlsx(entries, text)),
                entries.size() + " entries");
    }

    /**
     * Tells the KAM of each key account the entry names, in a notification about that account that links to it
     * (the register itself is the KA Director's), and the other KA Directors of the functions it names. Each is
     * told once per entry: an edit tells only the KAM of an account it newly names.
     */
    private void tell(Conflict conflict) {
        for (Account account : conflict.getAccounts()) {
            notifications.notify(new Occasion(NotificationKind.CONFLICT_RECORDED, account.getId(), null,
                    List.of(conflict.getTitle(), account.getName()), "accounts/account.xhtml?id=" + account.getId(),
                    "conflict:" + conflict.getId() + ":account:" + account.getId()), null, null);
        }
        if (conflict.namesFunctions()) {
            notifications.notify(new Occasion(NotificationKind.CONFLICT_RECORDED, null, null,
                    List.of(conflict.getTitle(), conflict.getOtherParties()), "programme/conflicts.xhtml",
                    "conflict:" + conflict.getId() + ":functions"), null, null);
        }
    }

    private Conflict current(long id, long loadedVersion) {
        Conflict conflict = find(id);
        OptimisticSave.expectVersion(conflict.getVersion(), loadedVersion);
        return conflict;
    }

    private List<Account> accounts(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from Account a where a.id in :ids and a.keyAccount = true", Account.class)
                .setParameter("ids", ids).getResultList();
    }

    private static String where(ConflictQuery query) {
        return query.getStatus() == null ? "" : " where c.status = :status";
    }

    private static void bind(TypedQuery<?> q, ConflictQuery query) {
        if (query.getStatus() != null) {
            q.setParameter("status", query.getStatus());
        }
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }
}
