package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanStanding;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code plan/review.xhtml}: the KA Director's queue of submitted plan versions, a page at a time, and the
 * plans past their review date, a lazy table paged in the database. Approving or returning happens on the plan's own page, next to its content.
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 25;

    @Inject
    PlanOverview overview;

    private int first;
    private List<PlanStanding> queue = List.of();
    private StalePlansLazyModel stale;
    private long total;

    public void load() {
        total = overview.queueSize();
        queue = overview.queue(first, PAGE);
        if (stale == null) {
            stale = new StalePlansLazyModel(overview);
        }
    }

    public void next() {
        if (first + PAGE < total) {
            first += PAGE;
        }
        load();
    }

    public void previous() {
        first = Math.max(0, first - PAGE);
        load();
    }

    public List<PlanStanding> getQueue() {
        return queue;
    }

    public StalePlansLazyModel getStale() {
        return stale;
    }

    public long getTotal() {
        return total;
    }

    public int getFirst() {
        return first;
    }

    public boolean isHasNext() {
        return first + PAGE < total;
    }
}
