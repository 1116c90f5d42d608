package com.kamplanner.priority;

import com.kamplanner.account.AccountAccess;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.platform.Download;
import com.kamplanner.people.Role;
import com.kamplanner.strategy.Objective;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import java.util.Map;

/**
 * Reads which key accounts and strategic objectives serve each corporate priority, joined and counted in the
 * database. Executives and the KA Director see everything; a KAM sees every priority but only the lines of the
 * accounts they hold, and is not told whether other accounts serve a priority.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
public class PriorityBoard {

    private static final String LINES = "select new com.kamplanner.priority.ServingLine(p.id, a.id, a.name, o.id, "
            + "o.title) from PriorityLink l join l.priority p join l.objective o join o.strategy s join s.account a "
            + "where a.keyAccount = :key and o.level = :strategic";

    private static final String COUNTS = "select p.id, count(distinct a.id), count(distinct o.id) from PriorityLink l "
            + "join l.priority p join l.objective o join o.strategy s join s.account a "
            + "where a.keyAccount = :key and o.level = :strategic group by p.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountAccess access;

    @Inject
    AuditTrail audit;

    @Inject
    ExportTrail exports;

    /** Every priority with the accounts and objectives serving it, for the executive page and its export. */
    public List<PriorityStanding> board() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : em.createQuery(COUNTS, Object[].class)
                .setParameter("strategic", Objective.Level.STRATEGIC).setParameter("key", Boolean.TRUE)
                .getResultList()) {
            counts.put((Long) row[0], new long[] {(Long) row[1], (Long) row[2]});
        }
        Map<Long, List<ServingLine>> lines = grouped(em.createQuery(LINES + " order by a.name, o.title",
                ServingLine.class));
        List<PriorityStanding> board = new ArrayList<>();
        for (CorporatePriority priority : priorities()) {
            long[] c = counts.getOrDefault(priority.getId(), new long[2]);
            board.add(new PriorityStanding(priority, c[0], c[1], c[0] == 0,
                    lines.getOrDefault(priority.getId(), List.of())));
        }
        return board;
    }

    /**
     * The priorities as the caller may see them: everything for executives and the KA Director; for a KAM every
     * priority (title, period) with only the lines of their own accounts, counted from those, and no unserved flag.
     */
    @RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR, Role.Names.KAM})
    public List<PriorityStanding> visible() {
        if (access.readsAll()) {
            return board();
        }
        // A KAM's own accounts only (the rule), with no subquery: EclipseLink then prints the bound
        // boolean as a literal 1, which H2 refuses to compare with a boolean column.
        TypedQuery<ServingLine> query = em.createQuery(LINES + " and a.kam.id = :meId order by a.name, o.title",
                ServingLine.class).setParameter("meId", access.callerId());
        Map<Long, List<ServingLine>> lines = grouped(query);
        List<PriorityStanding> visible = new ArrayList<>();
        for (CorporatePriority priority : priorities()) {
            List<ServingLine> mine = lines.getOrDefault(priority.getId(), List.of());
            visible.add(new PriorityStanding(priority, mine.stream().map(ServingLine::accountId).distinct().count(),
                    mine.size(), null, mine));
        }
        return visible;
    }

    /** The board as a workbook, in the reader's words ({@code text}); audited and counted. */
    public Download export(Function<String, String> text) {
        return exports.exported(AuditAction.PRIORITY_BOARD_EXPORTED, "CorporatePriority", null,
                new Download("corporate-priorities.xlsx", Download.XLSX, PrioritiesWorkbook.xlsx(board(), text)), null);
    }

    private List<CorporatePriority> priorities() {
        return em.createQuery("select p from CorporatePriority p order by p.retired, p.fromYear, p.title",
                CorporatePriority.class).getResultList();
    }

    private Map<Long, List<ServingLine>> grouped(TypedQuery<ServingLine> query) {
        Map<Long, List<ServingLine>> grouped = new LinkedHashMap<>();
        for (ServingLine line : query.setParameter("strategic", Objective.Level.STRATEGIC)
                .setParameter("key", Boolean.TRUE).getResultList()) {
            grouped.computeIfAbsent(line.priorityId(), k -> new ArrayList<>()).add(line);
        }
        return grouped;
    }
}
