package com.kamplanner.web.strategy;

import com.kamplanner.selection.Quadrant;
import com.kamplanner.strategy.MatrixTool;
import com.kamplanner.strategy.StrategyTemplate;
import com.kamplanner.strategy.StrategyTemplateEdit;
import com.kamplanner.strategy.StrategyTemplateService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs {@code strategy/template.xhtml}, the KA Director's page for the Strategy Formulation Process template: its
 * versions (draft → active → archived, per segment or for all), and the edit form of a draft (the rules that make
 * a strategy compliant, the horizon, the matrix tools and each step's guidance). The service checks the role and
 * every rule again.
 */
@Named
@ViewScoped
public class StrategyTemplatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyTemplateService templates;

    @Inject
    PageMessages messages;

    private List<StrategyTemplate> versions = List.of();
    private StrategyTemplate editing;
    private StrategyTemplateEdit draft;
    private List<String> tools = new ArrayList<>();
    private String newDraftName;

    public void load() {
        versions = templates.versions();
        if (editing != null) {
            edit(editing.getId());
        }
    }

    public void newDraft(StrategyTemplate from) {
        StrategyTemplate created = templates.newDraft(from.getId(), newDraftName);
        messages.info("template.draftCreated", created.getNumber());
        newDraftName = null;
        editing = created;
        load();
    }

    public void edit(long id) {
        editing = templates.find(id);
        draft = editing.isDraft() ? StrategyTemplateEdit.of(editing) : null;
        tools = draft == null ? new ArrayList<>() : draft.getTools().stream().map(Enum::name)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public void saveDraft() {
        draft.setTools(tools.stream().map(MatrixTool::valueOf).collect(java.util.stream.Collectors.toSet()));
        editing = templates.saveDraft(editing.getId(), editing.getVersion(), draft);
        messages.info("template.saved", editing.getNumber());
        load();
    }

    public void activate(StrategyTemplate template) {
        templates.activate(template.getId(), template.getVersion());
        messages.info("template.activated", template.getNumber());
        editing = null;
        draft = null;
        load();
    }

    public void archive(StrategyTemplate template) {
        templates.archive(template.getId(), template.getVersion());
        messages.info("template.archived", template.getNumber());
        load();
    }

    /** The tools the KA Director chooses; the TOWS matrix is where options are written, so it is always there. */
    public MatrixTool[] getChoosableTools() {
        return new MatrixTool[] {MatrixTool.SELECTION_MATRIX, MatrixTool.KRALJIC};
    }

    public Quadrant[] getSegments() {
        return Quadrant.values();
    }

    public List<StrategyTemplate> getVersions() {
        return versions;
    }

    public StrategyTemplate getEditing() {
        return editing;
    }

    public StrategyTemplateEdit getDraft() {
        return draft;
    }

    /** The chosen tools' names, as the checkboxes post them. */
    public List<String> getTools() {
        return tools;
    }

    public void setTools(List<String> tools) {
        this.tools = tools == null ? new ArrayList<>() : new ArrayList<>(tools);
    }

    public String getNewDraftName() {
        return newDraftName;
    }

    public void setNewDraftName(String newDraftName) {
        this.newDraftName = newDraftName;
    }
}
