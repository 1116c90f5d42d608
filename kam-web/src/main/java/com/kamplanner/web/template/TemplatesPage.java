package com.kamplanner.web.template;

import com.kamplanner.selection.Quadrant;
import com.kamplanner.situation.DatabaseRequirement;
import com.kamplanner.situation.RequirementService;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.DraftEdit;
import com.kamplanner.template.FieldType;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateSection;
import com.kamplanner.template.TemplateService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/**
 * Backs {@code situation/templates.xhtml}, the KA Director's page for the Key Account Database template: its
 * versions (draft → active → archived, per segment or for all), the edit form of a draft, and the level of
 * compliance required per segment. The services check the role and every rule again.
 */
@Named
@ViewScoped
public class TemplatesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TemplateService templates;

    @Inject
    RequirementService requirements;

    @Inject
    PageMessages messages;

    private List<DocumentTemplate> versions = List.of();
    private DocumentTemplate editing;
    private DraftEdit draft;
    private String newDraftName;
    private final NewField newField = new NewField();
    private List<RequirementRow> levels = List.of();
    private List<SelectItem> fieldChoices = List.of();

    /** A segment's required level as the page edits it. */
    public static class RequirementRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Quadrant segment;
        private final long version;
        private int minimum;
        private List<String> fields;

        RequirementRow(DatabaseRequirement requirement) {
            this.segment = requirement.getSegment();
            this.version = requirement.getVersion();
            this.minimum = requirement.getMinimumCompleteness();
            this.fields = new ArrayList<>(requirement.getRequiredFields());
        }

        public Quadrant getSegment() {
            return segment;
        }

        public int getMinimum() {
            return minimum;
        }

        public void setMinimum(int minimum) {
            this.minimum = minimum;
        }

        public List<String> getFields() {
            return fields;
        }

        public void setFields(List<String> fields) {
            this.fields = fields;
        }
    }

    /** The form that adds a field to a section of the draft. */
    public static class NewField implements Serializable {

        private static final long serialVersionUID = 1L;

        private String sectionKey;
        private String key;
        private FieldType type = FieldType.SHORT_TEXT;
        private String labelEn;
        private String labelFr;
        private boolean mandatory;

        public String getSectionKey() {
            return sectionKey;
        }

        public void setSectionKey(String sectionKey) {
            this.sectionKey = sectionKey;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public FieldType getType() {
            return type;
        }

        public void setType(FieldType type) {
            this.type = type;
        }

        public String getLabelEn() {
            return labelEn;
        }

        public void setLabelEn(String labelEn) {
            this.labelEn = labelEn;
        }

        public String getLabelFr() {
            return labelFr;
        }

        public void setLabelFr(String labelFr) {
            this.labelFr = labelFr;
        }

        public boolean isMandatory() {
            return mandatory;
        }

        public void setMandatory(boolean mandatory) {
            this.mandatory = mandatory;
        }
    }

    public void load() {
        versions = templates.versions(DocumentKind.KEY_ACCOUNT_DATABASE);
        levels = requirements.requirements().stream().map(RequirementRow::new).toList();
        fieldChoices = new ArrayList<>();
        templates.activeFor(DocumentKind.KEY_ACCOUNT_DATABASE, null).ifPresent(active -> {
            for (TemplateSection section : active.getSections()) {
                for (TemplateField field : section.getFields()) {
                    fieldChoices.add(new SelectItem(section.getKey() + "." + field.getKey(),
                            section.label(locale()) + " · " + field.label(locale())));
                }
            }
        });
        if (editing != null) {
            edit(editing.getId());
        }
    }

    public void newDraft(DocumentTemplate from) {
        DocumentTemplate created = templates.newDraft(from.getId(), newDraftName);
        messages.info("template.draftCreated", created.getNumber());
        newDraftName = null;
        editing = created;
        load();
    }

    public void edit(long id) {
        editing = templates.find(id);
        draft = editing.isDraft() ? DraftEdit.of(editing) : null;
    }

    public void addField() {
        draft.getFields().add(DraftEdit.FieldEdit.added(newField.getSectionKey(), newField.getKey(),
                newField.getType(), newField.getLabelEn(), newField.getLabelFr(), newField.isMandatory()));
        newField.setKey(null);
        newField.setLabelEn(null);
        newField.setLabelFr(null);
    }

    public void saveDraft() {
        editing = templates.saveDraft(editing.getId(), editing.getVersion(), draft);
        messages.info("template.saved", editing.getNumber());
        load();
    }

    public void activate(DocumentTemplate template) {
        templates.activate(template.getId(), template.getVersion());
        messages.info("template.activated", template.getNumber());
        editing = null;
        draft = null;
        load();
    }

    public void archive(DocumentTemplate template) {
        templates.archive(template.getId(), template.getVersion());
        messages.info("template.archived", template.getNumber());
        load();
    }

    public void saveLevel(RequirementRow row) {
        requirements.save(row.getSegment(), row.version, row.getMinimum(), new HashSet<>(row.getFields()));
        messages.info("template.levelSaved");
        load();
    }

    public String sectionLabel(String key) {
        return editing == null ? key : editing.section(key).map(s -> s.label(locale())).orElse(key);
    }

    public List<SelectItem> getSections() {
        List<SelectItem> items = new ArrayList<>();
        if (editing != null) {
            for (TemplateSection section : editing.getSections()) {
                items.add(new SelectItem(section.getKey(), section.label(locale())));
            }
        }
        return items;
    }

    public FieldType[] getAddableTypes() {
        return new FieldType[] {FieldType.SHORT_TEXT, FieldType.RICH_TEXT, FieldType.NUMBER, FieldType.MONEY,
            FieldType.DATE};
    }

    public Quadrant[] getSegments() {
        return Quadrant.values();
    }

    private Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<DocumentTemplate> getVersions() {
        return versions;
    }

    public DocumentTemplate getEditing() {
        return editing;
    }

    public DraftEdit getDraft() {
        return draft;
    }

    public String getNewDraftName() {
        return newDraftName;
    }

    public void setNewDraftName(String newDraftName) {
        this.newDraftName = newDraftName;
    }

    public NewField getNewField() {
        return newField;
    }

    public List<RequirementRow> getLevels() {
        return levels;
    }

    public List<SelectItem> getFieldChoices() {
        return fieldChoices;
    }

}
