package com.kamplanner.web.competency;

import com.kamplanner.competency.ProfileService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Backs {@code competency/aggregates.xhtml}: average validated level per area, no names, for executives too. */
@Named
@ViewScoped
public class AggregatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProfileService profiles;

    private List<Map.Entry<String, Double>> averages;
    private long assessed;

    @PostConstruct
    void load() {
        averages = new ArrayList<>(profiles.areaAverages(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                .entrySet());
        assessed = profiles.assessedKams();
    }

    public List<Map.Entry<String, Double>> getAverages() {
        return averages;
    }

    public long getAssessed() {
        return assessed;
    }
}
