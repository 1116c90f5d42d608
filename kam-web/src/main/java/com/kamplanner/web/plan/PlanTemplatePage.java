package com.kamplanner.web.plan;

import com.kamplanner.plan.PlanRequirement;
import com.kamplanner.plan.PlanTemplateService;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateSection;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code plan/template.xhtml}: the KA Director's plan template (which parts are mandatory) and the
 * compliance level each segment requires before a plan can be submitted.
 */
@Named
@ViewScoped
public class PlanTemplatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanTemplateService service;

    @Inject
    PageMessages messages;

    private DocumentTemplate template;
    private List<PlanRequirement> requirements;
    private final Map<String, Boolean> mandatory = new HashMap<>();
    private final Map<String, String> minimums = new HashMap<>();

    public void load() {
        template = service.active();
        requirements = service.requirements();
        mandatory.clear();
        for (TemplateSection section : template.getSections()) {
            for (TemplateField field : section.getFields()) {
                mandatory.put(section.getKey() + "." + field.getKey(), field.isMandatory());
            }
        }
        minimums.clear();
        requirements.forEach(r -> minimums.put(r.getSegment().name(), String.valueOf(r.getMinimumCompliance())));
    }

    public void validate() {
        template = service.validate(mandatory.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet()), template.getId(), template.getVersion());
        messages.info("plan.template.validated", template.getNumber());
        load();
    }

    public void saveRequirement(PlanRequirement requirement) {
        int minimum;
        try {
            minimum = Integer.parseInt(String.valueOf(minimums.get(requirement.getSegment().name())).trim());
        } catch (NumberFormatException e) {
            minimum = -1;
        }
        service.saveRequirement(requirement.getSegment(), minimum, requirement.getVersion());
        messages.info("plan.requirement.saved");
        load();
    }

    public DocumentTemplate getTemplate() {
        return template;
    }

    public List<PlanRequirement> getRequirements() {
        return requirements;
    }

    public Map<String, Boolean> getMandatory() {
        return mandatory;
    }

    public Map<String, String> getMinimums() {
        return minimums;
    }
}
