package com.kamplanner.web.competency;

import com.kamplanner.competency.CompetencyFramework;
import com.kamplanner.competency.FrameworkService;
import com.kamplanner.competency.TargetProfile;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code competency/framework.xhtml}: the framework versions, the active one's areas, competencies,
 * behaviours and level descriptors in the reader's language, the target profiles and their recruiting export.
 */
@Named
@ViewScoped
public class FrameworkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FrameworkService frameworks;

    @Inject
    JobProfiles jobProfiles;

    @Inject
    PageMessages messages;

    private List<CompetencyFramework> versions;
    private CompetencyFramework shown;
    private List<TargetProfile> targets;

    @PostConstruct
    void load() {
        versions = frameworks.list();
        shown = frameworks.active();
        targets = frameworks.targetProfiles(shown.getId());
    }

    public void newDraft() {
        CompetencyFramework draft = frameworks.newDraftFromActive();
        messages.info("competency.framework.drafted", draft.getNumber());
        load();
    }

    public void activate(CompetencyFramework draft) {
        frameworks.activate(draft.getId(), draft.getVersion());
        messages.info("competency.framework.activated", draft.getNumber());
        load();
    }

    public StreamedContent export(TargetProfile target) {
        Locale locale = locale();
        byte[] docx = jobProfiles.docx(target, locale);
        return DefaultStreamedContent.builder().name(jobProfiles.fileName(target, locale))
                .contentType(JobProfiles.DOCX).stream(() -> new ByteArrayInputStream(docx)).build();
    }

    public String areaName(com.kamplanner.competency.CompetencyArea area) {
        return area.name(locale());
    }

    public String name(com.kamplanner.competency.Competency competency) {
        return competency.name(locale());
    }

    public String descriptor(com.kamplanner.competency.Competency competency, int level) {
        return competency.descriptor(level, locale());
    }

    public List<String> indicators(com.kamplanner.competency.Competency competency) {
        return competency.getIndicators().stream().map(i -> i.text(locale())).toList();
    }

    public String requirements(TargetProfile target) {
        StringBuilder text = new StringBuilder();
        shown.competencies().forEach(c -> {
            Integer level = target.getRequiredLevels().get(c.getCode());
            if (level != null) {
                text.append(text.length() == 0 ? "" : " · ").append(c.name(locale())).append(" ≥ ").append(level);
            }
        });
        return text.toString();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<CompetencyFramework> getVersions() {
        return versions;
    }

    public CompetencyFramework getShown() {
        return shown;
    }

    public List<TargetProfile> getTargets() {
        return targets;
    }

    public List<Integer> getLevels() {
        return List.of(1, 2, 3, 4, 5);
    }
}
