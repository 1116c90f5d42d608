package com.kamplanner.web.selection;

import com.kamplanner.selection.CriteriaSet;
import com.kamplanner.selection.CriteriaSetService;
import com.kamplanner.selection.Criterion;
import com.kamplanner.selection.CriterionGroup;
import com.kamplanner.web.faces.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backs {@code selection/criteria.xhtml}, the KA Director's page: the versions of the criteria, the draft being
 * edited (names, weights, level descriptors), and its activation. The rules are {@link CriteriaSet}'s and
 * {@link CriteriaSetService}'s; this bean holds the draft between requests.
 */
@Named
@ViewScoped
public class CriteriaPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CriteriaSetService criteriaSets;

    @Inject
    PageMessages messages;

    private List<CriteriaSet> versions;
    private CriteriaSet draft;
    private CriteriaSet shown;

    @PostConstruct
    void load() {
        versions = criteriaSets.list();
        draft = versions.stream().filter(CriteriaSet::isDraft).findFirst()
                .map(s -> criteriaSets.find(s.getId())).orElse(null);
        if (shown == null || versions.stream().noneMatch(v -> v.getId().equals(shown.getId()))) {
            shown = criteriaSets.active().map(s -> criteriaSets.find(s.getId())).orElse(null);
        }
    }

    public void newDraft() {
        CriteriaSet created = criteriaSets.newDraftFromActive();
        messages.info("criteria.draftCreated", created.getNumber());
        load();
    }

    public void addCriterion(CriterionGroup group) {
        draft.add(new Criterion(group, "", 1));
    }

    public void removeCriterion(Criterion criterion) {
        draft.remove(criterion);
    }

    public void save() {
        draft = criteriaSets.save(draft);
        messages.info("criteria.saved", draft.getNumber());
        load();
    }

    public void activate() {
        int indexed = criteriaSets.activate(draft.getId(), draft.getVersion());
        messages.info("criteria.activated", draft.getNumber(), indexed);
        draft = null;
        shown = null;
        load();
    }

    public void discard() {
        criteriaSets.deleteDraft(draft.getId());
        messages.info("criteria.discarded", draft.getNumber());
        draft = null;
        load();
    }

    public void show(CriteriaSet set) {
        shown = criteriaSets.find(set.getId());
    }

    public CriterionGroup[] getGroups() {
        return CriterionGroup.values();
    }

    public List<CriteriaSet> getVersions() {
        return versions;
    }

    public CriteriaSet getDraft() {
        return draft;
    }

    public CriteriaSet getShown() {
        return shown;
    }
}
