package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanStanding;
import com.kamplanner.web.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The KAM's plans past their review date, flagged on the home page. */
@Named
@RequestScoped
public class StalePlansPanel {

    @Inject
    PlanOverview overview;

    @Inject
    Caller caller;

    private List<PlanStanding> stale;

    public List<PlanStanding> getStale() {
        if (stale == null) {
            stale = caller.isKam() ? overview.myStale() : List.of();
        }
        return stale;
    }
}
