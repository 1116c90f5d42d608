package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanStanding;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code plan/index.xhtml}: the plans the reader may open; an executive's sponsored accounts first. */
@Named
@RequestScoped
public class PlansPage {

    @Inject
    PlanOverview overview;

    private List<PlanStanding> plans;

    public List<PlanStanding> getPlans() {
        if (plans == null) {
            plans = overview.readable();
        }
        return plans;
    }
}
