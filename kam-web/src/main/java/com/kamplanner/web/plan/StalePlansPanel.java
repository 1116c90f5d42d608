package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanOverview;
import com.kamplanner.plan.PlanStanding;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The KAM's plans past their review date, flagged on the home page. */
@Named
@RequestScoped
public class StalePlansPanel {

    @Inject
    PlanOverview overview;

    private List<PlanStanding> stale;

    public List<PlanStanding> getStale() {
        if (stale == null) {
            stale = FacesContext.getCurrentInstance().getExternalContext().isUserInRole("KAM") ? overview.myStale()
                    : List.of();
        }
        return stale;
    }
}
