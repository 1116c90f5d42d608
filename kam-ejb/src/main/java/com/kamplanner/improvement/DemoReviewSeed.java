package com.kamplanner.improvement;

import com.kamplanner.people.AppUser;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * What the demo needs to show a quarterly review at once: last quarter's figures as counted from the demo's data on
 * that quarter's last day, and a few improvement actions. Lives here because it uses the package's own setters.
 */
public final class DemoReviewSeed {

    private DemoReviewSeed() {
    }

    public static QuarterFigures lastQuarter(EntityManager em, FigureCount count, LocalDate today) {
        Quarter previous = Quarter.of(today).previous();
        QuarterFigures row = new QuarterFigures(previous);
        row.record(count.on(previous.end()), previous.end());
        em.persist(row);
        return row;
    }

    public static ImprovementAction action(EntityManager em, String title, String description, AppUser owner,
                                           LocalDate due, ImprovementAction.Status status, Quarter raisedIn) {
        ImprovementAction action = new ImprovementAction();
        action.setTitle(title);
        action.setDescription(description);
        action.setOwner(owner);
        action.setDueDate(due);
        action.setStatus(status);
        action.raisedIn(raisedIn, "david.kad");
        em.persist(action);
        return action;
    }
}
