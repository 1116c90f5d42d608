package com.kamplanner.executive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.MigratedDatabase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The investment line's rules: an approved budget never changes unseen (a changed budget, label, category or year
 * sends the line back to proposed, a changed actual does not), and the database refuses negative amounts and
 * years out of range even if a caller skipped the validation.
 */
@Tag(MigratedDatabase.TAG)
class InvestmentRulesTest {

    @Test
    void changingAnApprovedBudgetSendsTheLineBackToProposed() {
        InvestmentLine line = approved();
        assertTrue(line.applyEdit(edit(line, "130000", "20000")));
        assertEquals(InvestmentStatus.PROPOSED, line.getStatus());
        assertNull(line.getApprovedBy());
        assertNull(line.getApprovedAt());
        assertEquals(new BigDecimal("130000"), line.getBudget());
    }

    @Test
    void updatingTheActualOfAnApprovedLineKeepsItApproved() {
        InvestmentLine line = approved();
        assertFalse(line.applyEdit(edit(line, "120000", "45000")));
        assertEquals(InvestmentStatus.APPROVED, line.getStatus());
        assertEquals("claire.exec", line.getApprovedBy());
        assertEquals(new BigDecimal("45000"), line.getActual());
    }

    @Test
    void renamingOrMovingAnApprovedLineToAnotherYearNeedsANewApproval() {
        InvestmentLine renamed = approved();
        InvestmentLine edit = edit(renamed, "120000", "20000");
        edit.setLabel("CRM licences and more");
        assertTrue(renamed.applyEdit(edit));
        InvestmentLine moved = approved();
        InvestmentLine later = edit(moved, "120000", "20000");
        later.setYear(2027);
        assertTrue(moved.applyEdit(later));
    }

    @Test
    void editingAProposedLineKeepsItProposed() {
        InvestmentLine line = new InvestmentLine(InvestmentCategory.TRAINING, "KAM academy", 2026,
                new BigDecimal("40000"), BigDecimal.ZERO);
        assertFalse(line.applyEdit(edit(line, "45000", "0")));
        assertEquals(InvestmentStatus.PROPOSED, line.getStatus());
    }

    @Test
    void theDatabaseRefusesNegativeAmountsAndYearsOutOfRange() {
        EntityManagerFactory factory = MigratedDatabase.open("investment-rules");
        try {
            assertEquals(1, insert(factory, new InvestmentLine(InvestmentCategory.TOOLS, "CRM", 2026,
                    new BigDecimal("1000"), BigDecimal.ZERO)));
            assertThrows(PersistenceException.class, () -> insert(factory, new InvestmentLine(
                    InvestmentCategory.TOOLS, "CRM", 2026, new BigDecimal("-1"), BigDecimal.ZERO)));
            assertThrows(PersistenceException.class, () -> insert(factory, new InvestmentLine(
                    InvestmentCategory.TOOLS, "CRM", 2026, BigDecimal.ONE, new BigDecimal("-0.01"))));
            assertThrows(PersistenceException.class, () -> insert(factory, new InvestmentLine(
                    InvestmentCategory.TOOLS, "CRM", 1999, BigDecimal.ONE, BigDecimal.ZERO)));
        } finally {
            factory.close();
        }
    }

    private static long insert(EntityManagerFactory factory, InvestmentLine line) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            line.proposedBy("david.kad");
            em.persist(line);
            em.flush();
            em.getTransaction().commit();
            return em.createQuery("select count(l) from InvestmentLine l", Long.class).getSingleResult();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static InvestmentLine approved() {
        InvestmentLine line = new InvestmentLine(InvestmentCategory.TOOLS, "CRM licences", 2026,
                new BigDecimal("120000"), new BigDecimal("20000"));
        line.proposedBy("david.kad");
        line.approve("claire.exec");
        return line;
    }

    private static InvestmentLine edit(InvestmentLine line, String budget, String actual) {
        return new InvestmentLine(line.getCategory(), line.getLabel(), line.getYear(), new BigDecimal(budget),
                new BigDecimal(actual));
    }
}
