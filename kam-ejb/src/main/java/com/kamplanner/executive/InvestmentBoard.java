package com.kamplanner.executive;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.OptimisticSave;
import com.kamplanner.platform.StaleEditException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The programme's investment lines. The KA Director and executives propose and edit lines; only an executive
 * approves one (the KA Director is refused with a message). An approved line's actual may be updated as money is
 * spent; changing its budget, category, label or year sends it back to proposed, to be approved again, so that no
 * approved budget ever changes unseen. A proposed line may be removed; an approved one may not.
 */
@Stateless
@RolesAllowed({Role.Names.EXECUTIVE, Role.Names.KA_DIRECTOR})
public class InvestmentBoard {

    public static final String EXECUTIVE_APPROVES = "investment.approve.executiveOnly";
    public static final String ALREADY_APPROVED = "investment.approve.already";
    public static final String APPROVED_NOT_REMOVABLE = "investment.remove.approved";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    /** Every line, by year, category and label. */
    public List<InvestmentLine> lines() {
        return em.createQuery("select l from InvestmentLine l order by l.year, l.category, l.label",
                InvestmentLine.class).getResultList();
    }

    /** The lines proposed and not approved yet, which an executive approves: one statement. */
    @RolesAllowed(Role.Names.EXECUTIVE)
    public List<InvestmentLine> proposed() {
        return em.createQuery("select l from InvestmentLine l where l.status = :proposed "
                + "order by l.year, l.category, l.label", InvestmentLine.class)
                .setParameter("proposed", InvestmentStatus.PROPOSED).getResultList();
    }

    /** Budget and actual per year, summed in the database. */
    public Map<Integer, BigDecimal[]> totalsByYear() {
        Map<Integer, BigDecimal[]> totals = new LinkedHashMap<>();
        for (Object[] row : em.createQuery("select l.year, sum(l.budget), sum(l.actual) from InvestmentLine l "
                + "group by l.year order by l.year", Object[].class).getResultList()) {
            totals.put((Integer) row[0], new BigDecimal[] {(BigDecimal) row[1], (BigDecimal) row[2]});
        }
        return totals;
    }

    /**
     * Creates a line (without id) as proposed, or saves an edit of an existing one with the version the editor
     * loaded; a concurrent save gives {@link StaleEditException}.
     */
    public InvestmentLine save(@NotNull @Valid InvestmentLine edited) {
        String me = context.getCallerPrincipal().getName();
        if (edited.getId() == null) {
            InvestmentLine line = new InvestmentLine(edited.getCategory(), edited.getLabel().strip(),
                    edited.getYear(), edited.getBudget(), edited.getActual());
            line.proposedBy(me);
            em.persist(line);
            OptimisticSave.flush(em);
            audit.record(AuditAction.INVESTMENT_PROPOSED, "InvestmentLine", line.getId(), describe(line));
            return line;
        }
        InvestmentLine line = find(edited.getId());
        OptimisticSave.expectVersion(line.getVersion(), edited.getVersion());
        boolean reopened = line.applyEdit(edited);
        OptimisticSave.flush(em);
        audit.record(reopened ? AuditAction.INVESTMENT_REOPENED : AuditAction.INVESTMENT_EDITED, "InvestmentLine",
                line.getId(),
                describe(line));
        return line;
    }

    /** Approves a proposed line; executives only, the KA Director gets a message saying so. */
    public InvestmentLine approve(long id, long version) {
        if (!context.isCallerInRole(Role.Names.EXECUTIVE)) {
            throw new BusinessRuleException(EXECUTIVE_APPROVES);
        }
        InvestmentLine line = find(id);
        OptimisticSave.expectVersion(line.getVersion(), version);
        if (line.getStatus() == InvestmentStatus.APPROVED) {
            throw new BusinessRuleException(ALREADY_APPROVED, line.getLabel());
        }
        line.approve(context.getCallerPrincipal().getName());
        OptimisticSave.flush(em);
        audit.record(AuditAction.INVESTMENT_APPROVED, "InvestmentLine", line.getId(), describe(line));
        return line;
    }

    /** Removes a proposed line; an approved line stays on the record. */
    public void remove(long id, long version) {
        InvestmentLine line = find(id);
        OptimisticSave.expectVersion(line.getVersion(), version);
        if (line.getStatus() == InvestmentStatus.APPROVED) {
            throw new BusinessRuleException(APPROVED_NOT_REMOVABLE, line.getLabel());
        }
        em.remove(line);
        OptimisticSave.flush(em);
        audit.record(AuditAction.INVESTMENT_REMOVED, "InvestmentLine", id, describe(line));
    }

    public InvestmentLine find(long id) {
        InvestmentLine line = em.find(InvestmentLine.class, id);
        if (line == null) {
            throw new NotFoundException();
        }
        return line;
    }

    private static String describe(InvestmentLine line) {
        return line.getCategory() + " " + line.getYear() + " \"" + line.getLabel() + "\" budget " + line.getBudget()
                + " actual " + line.getActual() + " " + InvestmentLine.CURRENCY + " " + line.getStatus();
    }
}
