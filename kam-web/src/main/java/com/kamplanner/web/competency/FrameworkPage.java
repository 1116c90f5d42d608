package com.kamplanner.web.competency;

import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.competency.CompetencyFramework;
import com.kamplanner.competency.FrameworkService;
import com.kamplanner.competency.TargetProfile;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
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
    private CompetencyFramework draft;
    private List<TargetProfile> draftTargets = List.of();
    private String code;
    private Integer level = 1;
    private String descriptorEn;
    private String descriptorFr;
    private Long targetId;
    private Integer requiredLevel = 3;

    @PostConstruct
    void load() {
        versions = frameworks.list();
        shown = frameworks.active();
        targets = frameworks.targetProfiles(shown.getId());
        draft = frameworks.draft().orElse(null);
        draftTargets = draft == null ? List.of() : frameworks.targetProfiles(draft.getId());
        if (draft != null && code == null) {
            code = draft.competencies().get(0).getCode();
        }
        pickDescriptor();
    }

    /** Puts the draft's current texts of the chosen competency and level in the fields, to edit them. */
    public void pickDescriptor() {
        if (draft == null || code == null || level == null) {
            return;
        }
        draft.competency(code).flatMap(c -> c.getLevels().stream().filter(l -> l.getLevel() == level).findFirst())
                .ifPresent(l -> {
                    descriptorEn = l.getEn();
                    descriptorFr = l.getFr();
                });
    }

    public void saveDescriptor() {
        frameworks.describeLevel(draft.getId(), draft.getVersion(), code, level, descriptorEn, descriptorFr);
        messages.info("competency.framework.descriptorSaved");
        load();
    }

    public void saveRequiredLevel() {
        TargetProfile target = draftTargets.stream().filter(t -> t.getId().equals(targetId)).findFirst()
                .orElseThrow(com.kamplanner.platform.NotFoundException::new);
        frameworks.requireLevel(targetId, target.getVersion(), code, requiredLevel);
        messages.info("competency.framework.targetSaved");
        load();
    }

    public String targetName(TargetProfile target) {
        return target.getSegment() == null ? com.kamplanner.web.i18n.Bundle.text(locale(), "competency.target.allAccounts")
                : com.kamplanner.web.i18n.Bundle.text(locale(), "quadrant." + target.getSegment().name());
    }

    public CompetencyFramework getDraft() {
        return draft;
    }

    public List<TargetProfile> getDraftTargets() {
        return draftTargets;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getDescriptorEn() {
        return descriptorEn;
    }

    public void setDescriptorEn(String descriptorEn) {
        this.descriptorEn = descriptorEn;
    }

    public String getDescriptorFr() {
        return descriptorFr;
    }

    public void setDescriptorFr(String descriptorFr) {
        this.descriptorFr = descriptorFr;
    }

    public Long getTargetId() {
        return targetId;
    }

    public void setTargetId(Long targetId) {
        this.targetId = targetId;
    }

    public Integer getRequiredLevel() {
        return requiredLevel;
    }

    public void setRequiredLevel(Integer requiredLevel) {
        this.requiredLevel = requiredLevel;
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
        return DownloadResponse.streamed(jobProfiles.docx(target, locale));
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
