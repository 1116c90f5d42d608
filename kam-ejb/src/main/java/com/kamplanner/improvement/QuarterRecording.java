package com.kamplanner.improvement;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Keeps each quarter's figures: every night ({@link QuarterFiguresJob}), and whenever the KA Director opens the
 * review, today's figures replace the current quarter's. When the quarter ends its row stays as it was on its last recorded day, which
 * is what "last quarter" means on the next review. Runs in its own transaction so that two recordings at the
 * same moment (the night timer and a review) cost one of them its write, never the page.
 */
@Stateless
public class QuarterRecording {

    @PersistenceContext
    EntityManager em;

    @Inject
    FigureCount count;

    /** Records today's figures as the current quarter's and returns them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ProgrammeFigures record(LocalDate today) {
        ProgrammeFigures figures = count.on(today);
        Quarter quarter = Quarter.of(today);
        QuarterFigures row = find(quarter);
        if (row == null) {
            row = new QuarterFigures(quarter);
            em.persist(row);
        }
        row.record(figures, today);
        em.flush();
        return figures;
    }

    /** The stored figures of one quarter, if any were recorded in it. */
    public QuarterFigures find(Quarter quarter) {
        return em.createQuery("select q from QuarterFigures q where q.figuresYear = :year and q.figuresQuarter = :quarter",
                        QuarterFigures.class)
                .setParameter("year", quarter.year()).setParameter("quarter", quarter.number())
                .getResultStream().findFirst().orElse(null);
    }

    /** The recorded quarters up to the given one, oldest first, at most {@code max} of them. */
    public List<QuarterFigures> history(Quarter upTo, int max) {
        List<QuarterFigures> latest = em.createQuery("select q from QuarterFigures q where q.figuresYear < :year"
                        + " or (q.figuresYear = :year and q.figuresQuarter <= :quarter) order by q.figuresYear desc, q.figuresQuarter desc",
                        QuarterFigures.class)
                .setParameter("year", upTo.year()).setParameter("quarter", upTo.number())
                .setMaxResults(max).getResultList();
        List<QuarterFigures> oldestFirst = new ArrayList<>(latest);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }
}
